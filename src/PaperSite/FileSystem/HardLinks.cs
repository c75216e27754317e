using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PaperSite.FileSystem;

/// <summary>
/// Whether an open file has other names: a file of the output folder that is hard-linked elsewhere
/// (a backup made with <c>cp -al</c> or <c>rsync --link-dest</c>) shares its bytes with that other
/// name, and writing it in place would change the backup too. .NET does not say how many names a
/// file has; Linux's <c>statx</c> does, read from the open file so the answer is about the file
/// that will be written.
/// </summary>
internal static class HardLinks
{
    private const int EmptyPath = 0x1000;
    private const uint LinkCountField = 0x4;
    private const int StatxSize = 256;
    private const int LinkCountOffset = 16;

    /// <summary>
    /// False only when the file is known to have no other name. Where that cannot be told (not Linux,
    /// or a kernel without statx), true: the caller then takes the path that writes a new file.
    /// </summary>
    public static bool MayBeShared(SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        // statx's fields are in the machine's own byte order.
        var buffer = new byte[StatxSize];
        try
        {
            if (Statx((int)file.DangerousGetHandle(), "", EmptyPath, LinkCountField, buffer) != 0
                || (MemoryMarshal.Read<uint>(buffer) & LinkCountField) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }

        return MemoryMarshal.Read<uint>(buffer.AsSpan(LinkCountOffset)) > 1;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}

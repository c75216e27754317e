using System.Runtime.InteropServices;

namespace PaperSite.Benchmarks;

/// <summary>
/// Flushes the file data the OS still holds to write. A full build leaves hundreds of megabytes
/// for the kernel to write back later; on a 2-core machine that writeback would take its CPU time
/// from whichever build is measured next.
/// </summary>
internal static class DiskSync
{
    /// <summary>Writes every file's pending data to disk, where the OS offers <c>sync</c> (Linux, macOS); elsewhere does nothing.</summary>
    public static void FlushAll()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            Sync();
        }
    }

    [DllImport("libc", EntryPoint = "sync")]
    private static extern void Sync();
}

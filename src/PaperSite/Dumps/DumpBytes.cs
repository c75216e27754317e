using System.Buffers;
using Microsoft.Win32.SafeHandles;
using PaperSite.Diagnostics;

namespace PaperSite.Dumps;

/// <summary>
/// A dump file's bytes, lent for as long as they are used: a buffer of the pool, not a fresh array
/// per read. On large sites fresh memory is what reading costs most (the OS must map every new page).
/// </summary>
internal static class DumpBytes
{
    /// <summary>What is made of a dump's bytes while they are lent.</summary>
    public delegate T Use<out T>(ReadOnlySpan<byte> bytes);

    /// <summary>Reads the file at <paramref name="path"/> and returns what <paramref name="use"/> makes of its bytes.</summary>
    /// <exception cref="PaperSiteException">The file is larger than an array can hold.</exception>
    public static T Read<T>(string path, Use<T> use)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new PaperSiteException(Path.GetFileName(path), null, "dump is larger than 2 GB; split it into smaller files");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            return use(buffer.AsSpan(0, ReadAll(handle, buffer.AsSpan(0, (int)length))));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The error of a dump read again during a build and found different from its first reading.</summary>
    public static PaperSiteException ChangedSinceRead(string fileName, int? line) =>
        new(fileName, line, "changed while the site was built; build again");

    /// <summary>Fills <paramref name="buffer"/> from the start of the file, or up to its end if it shrank meanwhile.</summary>
    private static int ReadAll(SafeFileHandle handle, Span<byte> buffer)
    {
        var filled = 0;
        while (filled < buffer.Length && RandomAccess.Read(handle, buffer[filled..], filled) is var read and > 0)
        {
            filled += read;
        }

        return filled;
    }
}

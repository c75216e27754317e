using PaperSite.FileSystem;

namespace PaperSite.Output;

/// <summary>
/// Writes whole files without ever truncating one to zero bytes first, as
/// <see cref="File.WriteAllBytes(string, byte[])"/> and <see cref="FileMode.Create"/> do (.NET opens
/// the file, then truncates it): ext4 takes a file truncated to zero for one being replaced and
/// writes it back to disk at once, one file at a time. A full disk never leaves part of a file:
/// bytes that need new space are written to a new file, renamed over the old one once whole.
/// </summary>
internal static class FileBytes
{
    /// <summary>Creates the file at <paramref name="path"/>, which must not exist, holding <paramref name="bytes"/>.</summary>
    /// <exception cref="IOException">The file exists already, or cannot be written.</exception>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);

        // Tests stop a write half-way, as a full disk does.
        var first = WriteFaults.IsArmed ? bytes.Length / 2 : bytes.Length;
        RandomAccess.Write(file, bytes[..first], 0);
        if (first < bytes.Length)
        {
            WriteFaults.Step(path);
            RandomAccess.Write(file, bytes[first..], first);
        }
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> over the file at <paramref name="path"/> in place when they are
    /// no longer than it, then cuts off what is left of it: the file's blocks are there already, so a
    /// full disk cannot stop the write half-way. False, and nothing written, when the file is missing
    /// or shorter, or has another name (a hard link) whose bytes would change with it.
    /// </summary>
    public static bool TryOverwrite(string path, ReadOnlySpan<byte> bytes)
    {
        if (new FileInfo(path) is not { Exists: true, LinkTarget: null } old || old.Length < bytes.Length)
        {
            return false;
        }

        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        if (HardLinks.MayBeShared(file))
        {
            return false;
        }

        RandomAccess.Write(file, bytes, 0);
        if (RandomAccess.GetLength(file) != bytes.Length)
        {
            RandomAccess.SetLength(file, bytes.Length);
        }

        return true;
    }

    /// <summary>
    /// Replaces the file at <paramref name="path"/> (or creates it) with <paramref name="bytes"/>, written
    /// first to <paramref name="temporary"/> (on the same disk) and then renamed over it: the file is the
    /// old one or the new one, never part of either.
    /// </summary>
    public static void Replace(string path, ReadOnlySpan<byte> bytes, string temporary)
    {
        File.Delete(temporary);
        WriteNew(temporary, bytes);
        WriteFaults.Step(path);
        File.Move(temporary, path, overwrite: true);
    }
}

namespace PaperSite.Output;

/// <summary>
/// Writes whole files without ever truncating one to zero bytes first, as
/// <see cref="File.WriteAllBytes(string, byte[])"/> and <see cref="FileMode.Create"/> do (.NET opens
/// the file, then truncates it): a file of the site is written new and renamed over the old one, so
/// a reader, a killed build or a full disk never leaves part of one.
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

namespace PaperSite.Output;

/// <summary>
/// Writes whole files without ever truncating one to zero bytes first, as
/// <see cref="File.WriteAllBytes(string, byte[])"/> and <see cref="FileMode.Create"/> do (.NET opens
/// the file, then truncates it). ext4 takes a file truncated to zero for one being replaced and
/// writes it back to disk as soon as it is closed, on the writing thread and one file at a time,
/// where it would otherwise write many files back together later: a 10,000-paper first build spent
/// 0.9 s more in the kernel that way.
/// </summary>
internal static class FileBytes
{
    /// <summary>Creates the file at <paramref name="path"/>, which must not exist, holding <paramref name="bytes"/>.</summary>
    /// <exception cref="IOException">The file exists already, or cannot be written.</exception>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, bytes, 0);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> over the file at <paramref name="path"/> (creating it when
    /// missing), then cuts off what is left of a longer old file. Overwriting in place also spares
    /// the file system freeing the file's blocks and cached pages only to allocate them again for
    /// bytes of about the same length.
    /// </summary>
    public static void Overwrite(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write);
        RandomAccess.Write(file, bytes, 0);
        if (RandomAccess.GetLength(file) != bytes.Length)
        {
            RandomAccess.SetLength(file, bytes.Length);
        }
    }
}

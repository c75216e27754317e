namespace PaperSite.FileSystem;

/// <summary>
/// Files a build reads only when they have bytes: a named pipe or a device in a file's place has no
/// length, and opening one would wait for a writer forever.
/// </summary>
internal static class ReadableFile
{
    /// <summary>True when <paramref name="path"/> is a file with bytes in it; an empty one is the same as none.</summary>
    public static bool HasBytes(string path) => new FileInfo(path) is { Exists: true, Length: > 0 };
}

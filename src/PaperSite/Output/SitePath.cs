namespace PaperSite.Output;

/// <summary>
/// Paths of the site's files as the manifest and the cache record them. Both are files a user (or a
/// CI cache) can change, so a path read from them is used only when it names a file inside its folder.
/// </summary>
internal static class SitePath
{
    /// <summary>
    /// True when <paramref name="path"/> is a relative path with <c>/</c> whose segments are all names:
    /// none empty, <c>.</c> or <c>..</c>, and no <c>\</c> or NUL that another reading could take for more.
    /// </summary>
    public static bool IsInside(ReadOnlySpan<char> path)
    {
        if (path.IsEmpty || path.ContainsAny('\\', '\0'))
        {
            return false;
        }

        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.IsEmpty || segment is "." || segment is "..")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> is one file name, with no folder in it.</summary>
    public static bool IsPlainName(string name) => IsInside(name) && !name.Contains('/');

    /// <summary>
    /// True when no folder between <paramref name="root"/> and the file at <paramref name="path"/>
    /// (inside it) is a symbolic link: a restored output folder could hold one to anywhere, and
    /// deleting through it would delete outside the folder.
    /// </summary>
    public static bool HasNoLinkedFolder(string root, string path)
    {
        var folder = Path.GetDirectoryName(path.Replace('/', Path.DirectorySeparatorChar));
        while (!string.IsNullOrEmpty(folder))
        {
            if (new DirectoryInfo(Path.Combine(root, folder)).LinkTarget is not null)
            {
                return false;
            }

            folder = Path.GetDirectoryName(folder);
        }

        return true;
    }
}

namespace PaperSite.FileSystem;

/// <summary>
/// Where a path really leads once every symbolic link on the way is followed, as the operating
/// system's <c>realpath</c> would say: the only way to know whether a file served from a folder is
/// really inside it.
/// </summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows before it gives up with ELOOP.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>How the file system compares names: Windows and macOS ignore case by default.</summary>
    private static readonly StringComparison NameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The path with every link resolved (parts that do not exist are kept as they are), or null when the links loop or go too deep.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new LinkedList<string>(Split(full[current.Length..]));
        var links = 0;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The target is read against the link's own folder, which is already real: the parts of
            // the target are walked like the rest, so links inside it are followed too.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var targetPart in Split(target).Reverse())
            {
                pending.AddFirst(targetPart);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> really leads to <paramref name="folder"/> or a place inside it.</summary>
    public static bool LeadsInto(string path, string folder) =>
        Of(path) is { } real && Of(folder) is { } root && IsSameOrInside(real, root);

    /// <summary>Whether the real path <paramref name="real"/> is the real folder <paramref name="root"/> or inside it.</summary>
    public static bool IsSameOrInside(string real, string root)
    {
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return string.Equals(real, root, NameComparison) || real.StartsWith(prefix, NameComparison);
    }

    private static string[] Split(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}

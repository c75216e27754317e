using PaperSite.Diagnostics;

namespace PaperSite.Pipeline;

/// <summary>
/// The files a build reads from a folder of the project (dumps, pages, theme assets). What a build
/// reads it may publish, so a symbolic link is followed only while it stays inside the folder it was
/// found under (<c>input/</c> or <c>theme/</c>): a link to <c>/etc/passwd</c>, or to nothing, is left
/// out with a warning naming it, and the rest of the site is built.
/// </summary>
internal static class InputFiles
{
    // Links followed in one path before it is taken for a loop, as Linux does.
    private const int MaxLinks = 40;

    /// <summary>The files of <paramref name="dir"/> matching <paramref name="pattern"/>, sorted, without those <see cref="Refusal"/> refuses.</summary>
    /// <param name="dir">The folder to list.</param>
    /// <param name="pattern">File name pattern, as <see cref="Directory.EnumerateFiles(string, string)"/> takes it.</param>
    /// <param name="option">Whether to list subfolders too.</param>
    /// <param name="root">The folder no link may lead out of.</param>
    /// <param name="display">How a warning names a file: its path relative to <paramref name="dir"/>, with <c>/</c>, is appended.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static IReadOnlyList<string> In(string dir, string pattern, SearchOption option, string root, string display, DiagnosticBag diagnostics)
    {
        var realRoot = RealPath(root) ?? Path.GetFullPath(root);
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dir, pattern, option).Order(StringComparer.Ordinal))
        {
            if (Refusal(file, realRoot) is { } refusal)
            {
                diagnostics.Warn(display + Path.GetRelativePath(dir, file).Replace('\\', '/'), null, refusal);
            }
            else
            {
                files.Add(file);
            }
        }

        return files;
    }

    /// <summary>Why <paramref name="file"/> is not read: a link that leads nowhere or out of <paramref name="realRoot"/> (a path without links); null when it may be read.</summary>
    public static string? Refusal(string file, string realRoot)
    {
        var real = RealPath(file);
        if (real is null || !File.Exists(real))
        {
            return "is a symbolic link to a file that does not exist; skipped";
        }

        return real == realRoot || real.StartsWith(realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? null
            : $"is a symbolic link to {real}, outside {Path.GetFileName(realRoot)}/; skipped (a build follows no link out of the project)";
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link in it resolved, as the OS would follow them
    /// (a <c>..</c> after a link goes up from where the link leads); null when links loop.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var top = Path.GetPathRoot(full)!;
        var pending = new Queue<string>(Segments(full[top.Length..]));
        var current = top;
        var links = 0;
        while (pending.TryDequeue(out var segment))
        {
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? top;
                continue;
            }

            var next = Path.Combine(current, segment);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The link's target, then what was left of the path, from the link's folder (or the top).
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            pending = new Queue<string>(Segments(target).Concat(pending));
        }

        return current;
    }

    private static IEnumerable<string> Segments(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".");
}

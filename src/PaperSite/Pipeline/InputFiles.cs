using PaperSite.Diagnostics;
using PaperSite.FileSystem;

namespace PaperSite.Pipeline;

/// <summary>
/// The files a build reads from a folder of the project (dumps, pages, theme assets). What a build
/// reads it may publish, so a symbolic link is followed only while it stays inside the folder it was
/// found under (<c>input/</c> or <c>theme/</c>): a link to <c>/etc/passwd</c>, or to nothing, is left
/// out with a warning naming it, and the rest of the site is built.
/// </summary>
internal static class InputFiles
{
    /// <summary>The files of <paramref name="dir"/> matching <paramref name="pattern"/>, sorted, without those <see cref="Refusal"/> refuses.</summary>
    /// <param name="dir">The folder to list.</param>
    /// <param name="pattern">File name pattern, as <see cref="Directory.EnumerateFiles(string, string)"/> takes it.</param>
    /// <param name="option">Whether to list subfolders too.</param>
    /// <param name="root">The folder no link may lead out of.</param>
    /// <param name="display">How a warning names a file: its path relative to <paramref name="dir"/>, with <c>/</c>, is appended.</param>
    /// <param name="diagnostics">Where the warnings go.</param>
    public static IReadOnlyList<string> In(string dir, string pattern, SearchOption option, string root, string display, DiagnosticBag diagnostics)
    {
        var realRoot = RealPath.Of(root) ?? Path.GetFullPath(root);
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
        var real = RealPath.Of(file);
        if (real is null || !File.Exists(real))
        {
            return new FileInfo(file).LinkTarget is null && file.Contains('\uFFFD')
                ? "has a name that is not UTF-8, by which .NET cannot open it; rename it; skipped"
                : "is a symbolic link to a file that does not exist; skipped";
        }

        return RealPath.IsSameOrInside(real, realRoot)
            ? null
            : $"is a symbolic link to {real}, outside {Path.GetFileName(realRoot)}/; skipped (a build follows no link out of the project)";
    }
}

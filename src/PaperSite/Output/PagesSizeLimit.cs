using System.Globalization;
using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// GitHub Pages publishes a site of at most 1 GB; a larger one may fail to deploy, after the build
/// looked fine. The build says so, and where the bytes are, before the user finds out from a deploy.
/// </summary>
internal static class PagesSizeLimit
{
    /// <summary>GitHub Pages' limit on a published site, in bytes.</summary>
    public const long GitHubPages = 1_000_000_000;

    /// <summary>The share of the limit from which a site is said to be close to it.</summary>
    private const double Close = 0.9;

    /// <summary>
    /// A warning about <paramref name="outputName"/> when <paramref name="files"/> add up to more than
    /// <see cref="Close"/> of <paramref name="limit"/>; null otherwise.
    /// </summary>
    public static Diagnostic? Check(IReadOnlyList<OutputFileInfo> files, string outputName, long limit = GitHubPages)
    {
        var total = files.Sum(f => f.Length);
        if (total <= limit * Close)
        {
            return null;
        }

        var where = total > limit ? $"over GitHub Pages' limit of {Size(limit)}, so publishing it there may fail" : $"close to GitHub Pages' limit of {Size(limit)}";
        var message = $"the site is {Size(total)} in {files.Count.ToString("N0", CultureInfo.InvariantCulture)} files, {where} "
            + $"(largest: {LargestFolders(files)}); build it from fewer dumps, or publish it on a host without that limit";
        return new Diagnostic(DiagnosticSeverity.Warning, outputName, null, message);
    }

    /// <summary>The three top-level folders (or files) holding the most bytes, largest first.</summary>
    private static string LargestFolders(IReadOnlyList<OutputFileInfo> files) =>
        string.Join(", ", files
            .GroupBy(f => TopLevel(f.Path), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Bytes: g.Sum(f => f.Length)))
            .OrderByDescending(g => g.Bytes)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(g => $"{g.Name} {Size(g.Bytes)}"));

    private static string TopLevel(string path) => path.IndexOf('/') is var slash and > 0 ? path[..(slash + 1)] : path;

    private static string Size(long bytes) => bytes >= 1_000_000_000
        ? (bytes / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " GB"
        : (bytes / 1e6).ToString("N0", CultureInfo.InvariantCulture) + " MB";
}

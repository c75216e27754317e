using PaperSite.Configuration;

namespace PaperSite.Checking;

/// <summary>
/// Every file in the output folder, listed once up front so resolving a link is a set lookup, not
/// a disk access. Resolutions are cached because ten thousand pages share the same few hundred targets.
/// </summary>
internal sealed class SiteFiles
{
    private readonly HashSet<string> _files;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _resolved = new(StringComparer.Ordinal);

    private SiteFiles(HashSet<string> files)
    {
        _files = files;
    }

    /// <summary>All files, as site paths (relative, <c>/</c>-separated), in ordinal order.</summary>
    public IReadOnlyList<string> All { get; private init; } = [];

    /// <summary>Lists <paramref name="outputDir"/>, dotfiles included (<c>.nojekyll</c> matters).</summary>
    public static SiteFiles Scan(string outputDir)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        var all = Directory.EnumerateFiles(outputDir, "*", options)
            .Select(f => Path.GetRelativePath(outputDir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SiteFiles(all.ToHashSet(StringComparer.Ordinal)) { All = all };
    }

    /// <summary>True when the output has exactly this file (GitHub Pages is case-sensitive).</summary>
    public bool Contains(string sitePath) => _files.Contains(sitePath);

    /// <summary>
    /// The file GitHub Pages serves for <paramref name="sitePath"/> (already decoded, no query or
    /// fragment), or null: <c>dir/</c> and an extension-less <c>dir</c> both serve <c>dir/index.html</c>.
    /// </summary>
    public string? Resolve(string sitePath) => _resolved.GetOrAdd(sitePath, ResolveUncached);

    /// <summary>A site path as messages show it; the empty path is the site root.</summary>
    public static string Shown(string sitePath) => sitePath.Length == 0 ? "site root" : sitePath;

    private string? ResolveUncached(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            return Existing(sitePath + SiteUrls.IndexFile);
        }

        return Existing(sitePath) ?? Existing(sitePath + "/index.html");
    }

    private string? Existing(string sitePath) => _files.Contains(sitePath) ? sitePath : null;
}

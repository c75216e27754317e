using System.Text.Json;
using PaperSite.Diagnostics;
using PaperSite.FileSystem;
using PaperSite.Output;
using PaperSite.Pipeline;

namespace PaperSite.Rendering;

/// <summary>
/// Every file the theme puts under the site's <c>assets/</c>: the files in <c>theme/assets/</c>,
/// and the npm files named in <c>theme/package.json</c> under <c>papersite.assets</c>
/// (asset name → path in the theme), so browser libraries come from npm, not a CDN.
/// </summary>
internal sealed class ThemeAssets
{
    private ThemeAssets(IReadOnlyDictionary<string, string> files, IReadOnlyDictionary<string, string> refused)
    {
        Files = files;
        Refused = refused;
    }

    /// <summary>Asset name (path under <c>assets/</c>, with <c>/</c>) → source file.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Files of <c>theme/assets/</c> that are never read, by asset name → why (a link out of the theme or to nothing).</summary>
    public IReadOnlyDictionary<string, string> Refused { get; }

    /// <summary>
    /// The bytes of <paramref name="file"/>, one of <see cref="Files"/>. A file with no length is not
    /// opened: a pipe or a device reports none, and opening one waits for a writer that may never come.
    /// </summary>
    public static byte[] Read(string file) => new FileInfo(file).Length == 0 ? [] : File.ReadAllBytes(file);

    /// <summary>Finds the theme's assets, installing its npm packages first when they are missing.</summary>
    /// <exception cref="PaperSiteException">package.json is malformed, or a file it names is missing after install.</exception>
    public static ThemeAssets Load(string themeDir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var refused = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assetsDir = Path.Combine(themeDir, "assets");
        var themeRoot = RealPath.Of(themeDir) ?? Path.GetFullPath(themeDir);
        if (Directory.Exists(assetsDir))
        {
            foreach (var file in Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories))
            {
                var asset = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
                if ((NameRefusal(asset) ?? InputFiles.Refusal(file, themeRoot)) is { } refusal)
                {
                    refused[asset] = refusal;
                }
                else
                {
                    files[asset] = file;
                }
            }
        }

        var vendor = VendorFiles(themeDir);
        if (vendor.Count > 0)
        {
            NpmInstaller.EnsureInstalled(themeDir);
        }

        foreach (var (asset, source) in vendor)
        {
            files[asset] = VendorFile(themeDir, themeRoot, asset, source);
        }

        return new ThemeAssets(files, refused);
    }

    /// <summary>
    /// Why an asset's name cannot be a file of the site: the build's manifest records one file per
    /// line, and a line break in a name would split its line (the file would never be known again,
    /// nor removed once gone from the theme). Null when it can.
    /// </summary>
    private static string? NameRefusal(string asset) =>
        asset.AsSpan().ContainsAny('\n', '\r')
            ? "has a line break in its name, which no file of the site may have; rename it; skipped"
            : null;

    /// <summary>
    /// The file <paramref name="source"/> that <c>theme/package.json</c> publishes as <paramref name="asset"/>.
    /// A theme can come from anywhere: its package.json publishes no file from outside the theme
    /// (<c>/etc/passwd</c>, <c>../../.ssh/id_rsa</c>) and writes none outside <c>assets/</c>.
    /// </summary>
    private static string VendorFile(string themeDir, string themeRoot, string asset, string source)
    {
        if (!SitePath.IsInside(asset))
        {
            throw new PaperSiteException("theme/package.json", null, $"asset '{asset}' is not a file name under assets/ (a path of names joined by /, without '..'); rename it");
        }

        var path = Path.Combine(themeDir, source);
        if (!File.Exists(path))
        {
            throw new PaperSiteException("theme/package.json", null, $"asset '{asset}' comes from '{source}', which does not exist; check the path or run 'npm ci' in theme/");
        }

        if (!RealPath.LeadsInto(path, themeRoot))
        {
            throw new PaperSiteException("theme/package.json", null, $"asset '{asset}' comes from '{source}', outside the theme folder; a build publishes no file from outside the project");
        }

        return path;
    }

    private static Dictionary<string, string> VendorFiles(string themeDir)
    {
        var packageJson = Path.Combine(themeDir, "package.json");
        if (!File.Exists(packageJson))
        {
            return [];
        }

        try
        {
            // A named pipe has no length, and reading one would wait forever: it is read as empty (not valid).
            using var doc = JsonDocument.Parse(new FileInfo(packageJson).Length == 0 ? "" : File.ReadAllText(packageJson));
            if (!doc.RootElement.TryGetProperty("papersite", out var section) || !section.TryGetProperty("assets", out var assets))
            {
                return [];
            }

            return assets.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            var line = e is JsonException { LineNumber: { } n } ? (int)n + 1 : (int?)null;
            throw new PaperSiteException("theme/package.json", line, $"not valid: {e.Message}");
        }
    }
}

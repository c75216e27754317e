namespace PaperSite.Rendering;

/// <summary>
/// Content hashes of theme assets, appended to their URLs (<c>site.css?v=1a2b3c4d</c>) so a
/// browser fetches a changed stylesheet at once yet caches an unchanged one; same bytes, same URL.
/// </summary>
internal sealed class AssetFingerprints
{
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>Hashes every asset of the theme.</summary>
    public AssetFingerprints(ThemeAssets assets)
    {
        foreach (var (asset, file) in assets.Files)
        {
            _hashes[asset] = Caching.Fingerprint.Of(ThemeAssets.Read(file))[..8];
        }
    }

    /// <summary>Every asset's name and tag, sorted by name.</summary>
    public IEnumerable<KeyValuePair<string, string>> All => _hashes.OrderBy(h => h.Key, StringComparer.Ordinal);

    /// <summary>The version tag of an asset, or null when the theme has no such file.</summary>
    public string? this[string asset] => _hashes.GetValueOrDefault(asset);
}

namespace PaperSite.Pages;

/// <summary>URLs that run script when followed or loaded: <c>javascript:</c>, <c>vbscript:</c>, and <c>data:</c> other than raster images.</summary>
internal static class ScriptUrl
{
    // SVG is an image type that can carry script.
    private static readonly string[] SafeDataPrefixes =
        ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp", "data:image/avif"];

    // What a browser strips from the start of a URL: C0 controls and the space.
    private static readonly char[] LeadingIgnored = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>The scheme that makes <paramref name="url"/> run script, or null when it does not.</summary>
    public static string? SchemeOf(string url)
    {
        var normal = Normalize(url);
        var colon = normal.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? normal[..colon] : "";
        return scheme switch
        {
            "javascript" or "vbscript" => scheme,
            "data" when !SafeDataPrefixes.Any(p => normal.StartsWith(p, StringComparison.Ordinal)) => scheme,
            _ => null,
        };
    }

    /// <summary>
    /// The URL as a browser reads its scheme: leading spaces and controls dropped, tabs and line
    /// breaks removed wherever they are, lower case.
    /// </summary>
    private static string Normalize(string url) =>
        string.Concat(url.TrimStart(LeadingIgnored).Where(c => c is not ('\t' or '\n' or '\r'))).ToLowerInvariant();
}

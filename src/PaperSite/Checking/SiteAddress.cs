using PaperSite.Configuration;

namespace PaperSite.Checking;

/// <summary>
/// The base URL a site is published at, and the rules for deciding whether a URL stays inside it.
/// Pages may link relatively or root-absolutely; feeds and sitemaps must use absolute URLs.
/// </summary>
internal sealed class SiteAddress
{
    private readonly Uri _base;

    /// <summary>Creates the address; <see cref="SiteUrls"/> validates the URL so check and build agree on what is valid.</summary>
    /// <exception cref="ArgumentException">The URL is not absolute http(s).</exception>
    public SiteAddress(string baseUrl)
    {
        var urls = new SiteUrls(baseUrl);
        _base = new Uri(urls.BaseUrl);
        BaseUrl = urls.BaseUrl;
        BasePath = Uri.UnescapeDataString(urls.BasePath);
    }

    /// <summary>The absolute base URL, ending in <c>/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The decoded base path, <c>/</c> or e.g. <c>/repo/</c>.</summary>
    public string BasePath { get; }

    /// <summary>The absolute URL of a site path: <c>topics/x/feed.xml</c> → <c>https://o.github.io/repo/topics/x/feed.xml</c>.</summary>
    public string Absolute(string sitePath) => BaseUrl + sitePath;

    /// <summary>
    /// Classifies <paramref name="url"/>. Relative URLs are resolved against the folder
    /// <paramref name="pageDir"/> (a site path ending in <c>/</c>, or empty for the root); with
    /// null they stay <see cref="UrlPlace.Unknown"/>, which is what feeds want.
    /// </summary>
    public UrlTarget Classify(string url, string? pageDir)
    {
        url = url.Trim();
        if (url.Length == 0 || url[0] == '#')
        {
            return UrlTarget.Ignored;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return ClassifyAbsolute(_base.Scheme + ":" + url);
        }

        switch (Scheme(url))
        {
            case "http" or "https":
                return ClassifyAbsolute(url);
            case "javascript":
                return new UrlTarget(UrlForm.Javascript, UrlPlace.Unknown);
            case not null:
                return UrlTarget.Ignored;
        }

        if (url[0] == '/')
        {
            return Locate(PathOnly(url));
        }

        return pageDir is null
            ? new UrlTarget(UrlForm.Relative, UrlPlace.Unknown)
            : Locate(BasePath + pageDir + PathOnly(url)) with { Form = UrlForm.Relative };
    }

    /// <summary>True when <paramref name="url"/> depends on the page it is in (no scheme, not root-absolute, not a bare fragment).</summary>
    public static bool IsRelativeReference(string url)
    {
        var trimmed = url.AsSpan().Trim();
        return trimmed.Length > 0 && trimmed[0] is not ('/' or '#') && !HasScheme(trimmed);
    }

    private UrlTarget ClassifyAbsolute(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new UrlTarget(UrlForm.Absolute, UrlPlace.Invalid);
        }

        if (!string.Equals(uri.Host, _base.Host, StringComparison.OrdinalIgnoreCase))
        {
            return new UrlTarget(UrlForm.Absolute, UrlPlace.OtherHost);
        }

        // Same host but another scheme or port is still not the published site.
        if (uri.Scheme != _base.Scheme || uri.Port != _base.Port)
        {
            return new UrlTarget(UrlForm.Absolute, UrlPlace.OutsideBase);
        }

        var located = Locate(Uri.UnescapeDataString(uri.AbsolutePath));
        return located with { Form = UrlForm.Absolute };
    }

    /// <summary>Places a decoded root-absolute path: inside the base path, or outside it.</summary>
    private UrlTarget Locate(string rootPath)
    {
        var normalised = RemoveDotSegments(rootPath);
        if (normalised is null)
        {
            return new UrlTarget(UrlForm.RootAbsolute, UrlPlace.OutsideBase);
        }

        if (normalised.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return new UrlTarget(UrlForm.RootAbsolute, UrlPlace.InsideBase, normalised[BasePath.Length..]);
        }

        // "/repo" without its slash: GitHub Pages redirects it to "/repo/".
        return normalised + "/" == BasePath
            ? new UrlTarget(UrlForm.RootAbsolute, UrlPlace.InsideBase, "")
            : new UrlTarget(UrlForm.RootAbsolute, UrlPlace.OutsideBase);
    }

    /// <summary>The scheme in lower case, or null when the URL has none (a colon after the first <c>/?#</c> is not a scheme).</summary>
    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || url.AsSpan(0, colon).IndexOfAny('/', '?', '#') >= 0)
        {
            return null;
        }

        return url[..colon].ToLowerInvariant();
    }

    /// <summary>True when <see cref="Scheme"/> finds one; asked for every link, so it allocates nothing.</summary>
    private static bool HasScheme(ReadOnlySpan<char> url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].IndexOfAny('/', '?', '#') < 0;
    }

    /// <summary>The path of a URL without query and fragment, percent-decoded.</summary>
    private static string PathOnly(string url)
    {
        var end = url.AsSpan().IndexOfAny('?', '#');
        return Uri.UnescapeDataString(end < 0 ? url : url[..end]);
    }

    /// <summary>Resolves <c>.</c> and <c>..</c> segments (RFC 3986 §5.2.4); null when <c>..</c> climbs above the root.</summary>
    private static string? RemoveDotSegments(string rootPath)
    {
        if (!rootPath.Contains("/.", StringComparison.Ordinal))
        {
            return rootPath;
        }

        var output = new List<string>();
        var segments = rootPath.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment == "..")
            {
                if (output.Count == 0)
                {
                    return null;
                }

                output.RemoveAt(output.Count - 1);
            }

            if (segment is "." or "..")
            {
                // A trailing "." or ".." names a folder, so the path keeps its final slash.
                if (last)
                {
                    output.Add("");
                }

                continue;
            }

            output.Add(segment);
        }

        return "/" + string.Join('/', output);
    }
}

using Microsoft.Extensions.FileProviders;
using PaperSite.Configuration;

namespace PaperSite.Server;

/// <summary>
/// Maps a request path to a file of the built site the way GitHub Pages does. The path is taken as the
/// server decoded it, once: an encoded slash stays part of a name, so <c>..%2F</c> never climbs.
/// </summary>
internal sealed class SiteFileResolver
{
    private readonly SiteFileProvider _files;
    private readonly string[] _baseSegments;
    private readonly string _basePath;

    /// <summary>Serves <paramref name="files"/> under <paramref name="basePath"/> (<c>/</c> or <c>/repo/</c>, as in the site's URL).</summary>
    public SiteFileResolver(SiteFileProvider files, string basePath)
    {
        _files = files;
        _baseSegments = basePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        _basePath = "/" + string.Concat(_baseSegments.Select(s => s + "/"));
    }

    /// <summary>What to answer for a request path.</summary>
    public abstract record Resolution;

    /// <summary>Send this file; <paramref name="SitePath"/> is its path in the output folder, from <c>/</c>.</summary>
    public sealed record FileFound(string SitePath, IFileInfo File) : Resolution;

    /// <summary>Redirect (a folder without its slash, or the host root when the site has a base path).</summary>
    /// <param name="Location">Always a path on this server under the base path: it starts with one slash.</param>
    public sealed record Redirect(string Location) : Resolution;

    /// <summary>Nothing there: send the site's 404 page with status 404.</summary>
    public sealed record NotFound(IFileInfo? NotFoundPage) : Resolution;

    /// <summary>Resolves <paramref name="requestPath"/>, as the server decoded it.</summary>
    public Resolution Resolve(string requestPath)
    {
        if (requestPath != _basePath && (requestPath == "/" || requestPath + "/" == _basePath))
        {
            return new Redirect(Location([]));
        }

        if (!requestPath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return Missing();
        }

        var segments = requestPath[_basePath.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        // The server already removed dot segments; any left, or a backslash (a separator on Windows and,
        // to browsers, in a Location), can only come from a request made to escape.
        if (segments.Any(s => s is "." or ".." || s.Contains('\\')))
        {
            return Missing();
        }

        var isFolder = _files.GetDirectoryContents(string.Join('/', segments)).Exists;
        if (isFolder && !requestPath.EndsWith('/'))
        {
            return new Redirect(Location(segments));
        }

        if (!isFolder && requestPath.EndsWith('/'))
        {
            return Missing();
        }

        return Found(string.Join('/', isFolder ? [.. segments, SiteUrls.IndexFile] : segments));
    }

    private Resolution Found(string relative)
    {
        var file = _files.GetFileInfo(relative);
        return file is { Exists: true, IsDirectory: false } ? new FileFound("/" + relative, file) : Missing();
    }

    /// <summary>
    /// A folder's address rebuilt from its segments, never from the request: one leading slash, the base
    /// path, each segment encoded again. It cannot become <c>//host</c> or <c>/\host</c>, which
    /// browsers follow to another site.
    /// </summary>
    private string Location(IEnumerable<string> segments) =>
        "/" + string.Concat(_baseSegments.Concat(segments).Select(s => Uri.EscapeDataString(s) + "/"));

    private NotFound Missing()
    {
        var page = _files.GetFileInfo(SiteUrls.NotFoundPage);
        return new NotFound(page.Exists ? page : null);
    }
}

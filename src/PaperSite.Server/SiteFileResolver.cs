namespace PaperSite.Server;

/// <summary>Maps a request path to a file of the built site the way GitHub Pages does.</summary>
public sealed class SiteFileResolver
{
    private readonly string _root;
    private readonly string _basePath;

    /// <summary>Serves <paramref name="outputDir"/> under <paramref name="basePath"/> (<c>/</c> or <c>/repo/</c>).</summary>
    public SiteFileResolver(string outputDir, string basePath)
    {
        _root = Path.GetFullPath(outputDir);
        _basePath = basePath;
    }

    /// <summary>What to answer for a request path.</summary>
    public abstract record Resolution;

    /// <summary>Send this file.</summary>
    public sealed record FileFound(string FullPath) : Resolution;

    /// <summary>Redirect (a folder without its slash, or the host root when the site has a base path).</summary>
    public sealed record Redirect(string Location) : Resolution;

    /// <summary>Nothing there: send the site's 404 page with status 404.</summary>
    public sealed record NotFound(string? NotFoundPage) : Resolution;

    /// <summary>Resolves <paramref name="requestPath"/> (already URL-decoded).</summary>
    public Resolution Resolve(string requestPath)
    {
        if (requestPath == "/" && _basePath != "/")
        {
            return new Redirect(_basePath);
        }

        if (requestPath + "/" == _basePath)
        {
            return new Redirect(_basePath);
        }

        if (!requestPath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return Missing();
        }

        var relative = requestPath[_basePath.Length..];
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            return Missing();
        }

        if (Directory.Exists(full))
        {
            if (!requestPath.EndsWith('/'))
            {
                return new Redirect(requestPath + "/");
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? new FileFound(full) : Missing();
    }

    private NotFound Missing()
    {
        var page = Path.Combine(_root, "404.html");
        return new NotFound(File.Exists(page) ? page : null);
    }
}

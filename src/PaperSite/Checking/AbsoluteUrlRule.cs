namespace PaperSite.Checking;

/// <summary>
/// The rule for URLs that leave the site (feeds, OPML, sitemap): absolute, under the base URL,
/// and naming a file that exists. Each check reports breaches under its own kinds.
/// </summary>
/// <param name="RelativeKind">The kind for a relative or root-absolute URL.</param>
/// <param name="ForeignKind">The kind for a URL on another host or with another scheme.</param>
/// <param name="BrokenKind">The kind for a URL under the base URL that names no acceptable file.</param>
internal sealed record AbsoluteUrlRule(string RelativeKind, string ForeignKind, string BrokenKind)
{
    /// <summary>The problem with <paramref name="url"/>, or null when there is none.</summary>
    /// <param name="url">The URL as written.</param>
    /// <param name="site">The site it must stay in.</param>
    /// <param name="otherHostsAllowed">True inside HTML content, where links to other sites (and <c>mailto:</c>) are fine.</param>
    /// <param name="acceptable">Which resolved files count (e.g. only pages for a sitemap); null accepts any file.</param>
    public (string Kind, string Detail)? Judge(string url, CheckContext site, bool otherHostsAllowed = false, Func<string, bool>? acceptable = null)
    {
        if (url.TrimStart().StartsWith('#'))
        {
            // A bare fragment is relative to wherever the reader shows the content, not to the page.
            return (RelativeKind, "is relative; it must be absolute");
        }

        var target = site.Address.Classify(url, pageDir: null);
        return (target.Form, target.Place) switch
        {
            (UrlForm.Javascript, _) => (ProblemKinds.JavascriptUrl, "is a javascript: URL"),
            (UrlForm.Relative or UrlForm.RootAbsolute, _) => (RelativeKind, "is relative; it must be absolute"),
            (_, UrlPlace.OutsideBase) => (ProblemKinds.EscapesBasePath, $"is outside the base URL {site.Address.BaseUrl}"),
            (_, UrlPlace.Invalid) => (BrokenKind, "is not a valid URL"),
            (UrlForm.Ignored, _) or (_, UrlPlace.OtherHost) when !otherHostsAllowed =>
                (ForeignKind, $"is not under the base URL {site.Address.BaseUrl}"),
            (_, UrlPlace.InsideBase) => Resolve(target.SitePath!, site, acceptable),
            _ => null,
        };
    }

    private (string Kind, string Detail)? Resolve(string sitePath, CheckContext site, Func<string, bool>? acceptable)
    {
        var file = site.Files.Resolve(sitePath);
        if (file is null)
        {
            return (BrokenKind, $"names no file in the output ({SiteFiles.Shown(sitePath)})");
        }

        return acceptable is null || acceptable(file) ? null : (BrokenKind, $"names {file}, which is not the right kind of file");
    }
}

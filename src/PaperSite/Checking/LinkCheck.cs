using System.Collections.Concurrent;

namespace PaperSite.Checking;

/// <summary>
/// Checks that every link, asset and form action of a page names a file in the output and stays
/// under the base path. Verdicts are cached per URL (per folder for relative URLs), since most
/// links are the same navigation and asset links on every page.
/// </summary>
internal sealed class LinkCheck : IPageCheck
{
    private readonly ConcurrentDictionary<string, LinkVerdict> _verdicts = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public void Check(HtmlPage page, CheckContext site, ProblemList problems)
    {
        var folder = page.Folder;
        foreach (var link in page.Urls)
        {
            var verdict = VerdictFor(link.Url, folder, site);
            if (page.IsNotFoundPage && verdict.Target.Form == UrlForm.Relative)
            {
                problems.Add(page.File, ProblemKinds.RelativeIn404, $"{link.What} is relative, but 404.html is served at any depth", link.Url);
            }
            else if (link.MustBeAbsolute && verdict.Target.Form != UrlForm.Absolute)
            {
                problems.Add(page.File, ProblemKinds.CanonicalNotAbsolute, $"{link.What} must be an absolute URL under the base URL", link.Url);
            }
            else if (link.MustBeAbsolute && verdict.Target.Place == UrlPlace.OtherHost)
            {
                problems.Add(page.File, ProblemKinds.EscapesBasePath, $"{link.What} is on another host, not under the base URL", link.Url);
            }
            else if (verdict.Kind is not null)
            {
                problems.Add(page.File, verdict.Kind, $"{link.What} {verdict.Detail}", link.Url);
            }
        }
    }

    private LinkVerdict VerdictFor(string url, string folder, CheckContext site)
    {
        // Looked up before building a key or a closure: nearly every link is a repeat.
        if (_verdicts.TryGetValue(url, out var verdict))
        {
            return verdict;
        }

        var key = SiteAddress.IsRelativeReference(url) ? folder + "\0" + url : url;
        return _verdicts.GetOrAdd(key, static (_, arg) => Judge(arg.Site.Address.Classify(arg.Url, arg.Folder), arg.Site), (Url: url, Folder: folder, Site: site));
    }

    private static LinkVerdict Judge(UrlTarget target, CheckContext site) => target.Place switch
    {
        _ when target.Form == UrlForm.Javascript => new(target, ProblemKinds.JavascriptUrl, "is a javascript: URL"),
        UrlPlace.OutsideBase => new(target, ProblemKinds.EscapesBasePath, $"points outside the base path {site.Address.BasePath}"),
        UrlPlace.Invalid => new(target, ProblemKinds.BrokenLink, "is not a valid URL"),
        UrlPlace.InsideBase when site.Files.Resolve(target.SitePath!) is null =>
            new(target, ProblemKinds.BrokenLink, $"names no file in the output ({SiteFiles.Shown(target.SitePath!)})"),
        _ => new(target, null, null),
    };

    /// <summary>What a URL is and what is wrong with it (nothing when <see cref="Kind"/> is null).</summary>
    private sealed record LinkVerdict(UrlTarget Target, string? Kind, string? Detail);
}

using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Pages.Views;
using PaperSite.Papers;

namespace PaperSite.Pages;

/// <summary>Lists every HTML page of the site with its layout and model.</summary>
internal sealed class PagePlanner
{
    private readonly SiteContent _content;
    private readonly ContentIndex _index;
    private readonly ViewFactory _views;
    private readonly PageMetaFactory _meta;
    private readonly Lazy<string> _paperSiteKey;

    /// <summary>Prepares the plan for the indexed content.</summary>
    public PagePlanner(ContentIndex index, ViewFactory views)
    {
        _index = index;
        var content = index.Content;
        _content = content;
        _views = views;
        _meta = new PageMetaFactory(content.Config, views.Urls, content.Pages);
        _paperSiteKey = new Lazy<string>(PaperSiteKey);
    }

    private SiteView Site => _views.Site;

    /// <summary>Every page: home, papers, topics, digests, archive, search, Markdown pages and 404. Topics are paged on both cores.</summary>
    public IEnumerable<PageJob> Plan() =>
        new[] { Home(), TopicIndex(), Archive(), Search(), NotFound() }
            .Concat(_content.Pages.Select(Markdown))
            .Concat(_content.Catalog.Digests.Select((_, i) => Digest(i)))
            .Concat(TopicPages())
            .Concat(_content.Catalog.Papers.Select(Paper));

    /// <summary>Every topic's pages, topic by topic; the topics are paged in parallel.</summary>
    private IEnumerable<PageJob> TopicPages() => _content.Topics.AsParallel().AsOrdered().Select(t => Topic(t).ToList()).ToArray().SelectMany(p => p);

    private PageJob Paper(Paper paper)
    {
        var path = SiteUrls.Paper(paper.Slug);
        PaperPageInputs Inputs() => _views.PaperInputs(paper, _paperSiteKey.Value);
        return new PageJob(
            PageJob.FileOf(path),
            "paper",
            () => new PaperPage(Site, _meta.For("paper", path, paper.Title, paper.Abstract.Value), ViewFactory.Paper(Inputs(), _views.Urls)),
            Inputs);
    }

    /// <summary>
    /// The site-wide parts of every paper page: the site's values, URLs, head and navigation (the
    /// page of a paper with no title, path or abstract stands for them all).
    /// </summary>
    private string PaperSiteKey()
    {
        var nobody = _views.PaperInputs(new Paper("", "", PaperTexts.Empty, []), "");
        return PageKey.Of("paper pages\n", new PaperPage(Site, _meta.For("paper", SiteUrls.Papers, "", ""), ViewFactory.Paper(nobody, _views.Urls)));
    }

    /// <summary>
    /// A topic's front page and numbered pages (see <see cref="TopicPaging"/>). A numbered page's
    /// model holds nothing that changes as newer papers arrive: its papers, its number and links to
    /// its neighbours (the front page after the newest), never the topic's paper or page count.
    /// </summary>
    private IEnumerable<PageJob> Topic(Topic topic)
    {
        var papers = _index.PapersIn(topic.Slug);
        var perPage = _content.Config.PapersPerPage;
        var (front, numbered) = TopicPaging.Split(papers, perPage, p => p.Date);
        var feed = new LinkView($"{topic.Name} \u00B7 {_content.Config.Title}", _views.Urls.Absolute(SiteUrls.TopicFeed(topic.Slug)));
        var description = Markdig.Markdown.ToPlainText(topic.Description);
        var descriptionHtml = ViewFactory.MarkdownToHtml(topic.Description);
        var frontPath = SiteUrls.Topic(topic.Slug);
        var frontUrl = _views.Urls.Path(frontPath);
        string Url(int number) => _views.Urls.Path(SiteUrls.TopicPage(topic.Slug, number));
        TopicView View(int? paperCount, PaperRange? range, IReadOnlyList<Paper> shown, Pagination pagination) => new(
            topic.Name,
            frontUrl,
            descriptionHtml,
            _views.Urls.Path(SiteUrls.TopicFeed(topic.Slug)),
            paperCount,
            range,
            shown.Select(p => _views.Card(p.Slug)).ToList(),
            pagination);

        var count = numbered.Count;
        yield return Job(frontPath, "topic", () => new TopicPage(
            Site,
            _meta.For("topic", frontPath, topic.Name, description, feed),
            View(
                papers.Count,
                null,
                front,
                new Pagination(
                    null,
                    count > 0 ? Url(count) : null,
                    Enumerable.Range(1, count).Reverse().Select(n => new LinkView(RangeTitle(Range(n, perPage, numbered[n - 1])), Url(n))).ToList()))));

        for (var i = 0; i < count; i++)
        {
            var number = i + 1;
            var shown = numbered[i];
            var path = SiteUrls.TopicPage(topic.Slug, number);
            var range = Range(number, perPage, shown);
            var heading = $"{topic.Name}: papers {RangeTitle(range)}";
            yield return Job(path, "topic", () => new TopicPage(
                Site,
                _meta.For("topic", path, heading, description, feed),
                View(null, range, shown, new Pagination(number < count ? Url(number + 1) : frontUrl, number > 1 ? Url(number - 1) : null, []))));
        }
    }

    /// <summary>Which papers numbered page <paramref name="number"/> holds, and their dates.</summary>
    private static PaperRange Range(int number, int perPage, IReadOnlyList<Paper> newestFirst)
    {
        var (oldest, newest) = (Dates.Display(newestFirst[^1].Date), Dates.Display(newestFirst[0].Date));
        var dates = (oldest, newest) switch
        {
            (_, null) => null,
            (null, _) => $"up to {newest}",
            _ when oldest == newest => newest,
            _ => $"{oldest} \u2013 {newest}",
        };
        return new PaperRange(((number - 1) * perPage) + 1, number * perPage, dates);
    }

    private static string RangeTitle(PaperRange range) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{range.First}\u2013{range.Last}");

    private PageJob Digest(int index)
    {
        var path = SiteUrls.Digest(_content.Catalog.Digests[index].Id);
        return Job(path, "digest", () =>
        {
            var view = _views.Digest(index);
            var description = $"{view.Papers.Count} papers listed in {view.Title}.";
            return new DigestPage(Site, _meta.For("digest", path, view.Title, description), view);
        });
    }

    private PageJob Home()
    {
        var digests = _content.Catalog.Digests;
        var latest = digests.Count > 0 ? _views.Digest(digests.Count - 1) : null;
        var recent = digests.Reverse().Skip(1).Take(10).Select(_views.DigestSummary).ToList();
        return Job("", "home", () => new HomePage(Site, _meta.For("home", "", _content.Config.Title, null), latest, _views.TopicSummaries, recent, _content.Catalog.Papers.Count));
    }

    private PageJob TopicIndex() =>
        Job(SiteUrls.Topics, "topics", () => new TopicsPage(Site, _meta.For("topics", SiteUrls.Topics, "Topics", "Every topic of the digest, with its number of papers."), _views.TopicSummaries));

    private PageJob Archive()
    {
        var groups = _content.Catalog.Digests.Reverse()
            .GroupBy(d => d.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Undated")
            .Select(g => new ArchiveGroup(g.Key, g.Select(_views.DigestSummary).ToList()))
            .ToList();
        return Job(SiteUrls.Archive, "archive", () => new ArchivePage(Site, _meta.For("archive", SiteUrls.Archive, "Archive", "Every digest, newest first."), groups));
    }

    private PageJob Search()
    {
        return Job(SiteUrls.Search, "search", () => new SearchPage(
            Site,
            _meta.For("search", SiteUrls.Search, "Search", "Search every paper of the digest by title, abstract and topic."),
            _views.Urls.Path(PaperSite.Search.SearchIndexPlan.ManifestPath)));
    }

    private PageJob NotFound() =>
        Job(SiteUrls.NotFoundPage, "404", () => new NotFoundPage(Site, _meta.For("404", SiteUrls.NotFoundPage, "Page not found", "This page does not exist."), _views.TopicSummaries));

    private PageJob Markdown(MarkdownPage page)
    {
        var path = page.Slug + "/";
        return Job(path, "page", () => new ContentPage(Site, _meta.For("page", path, page.Title, page.Description), new HtmlMarkup(page.Html)));
    }

    private static PageJob Job(string sitePath, string layout, Func<IPageModel> model) => new(PageJob.FileOf(sitePath), layout, model);
}

using PaperSite.Configuration;
using PaperSite.Pages;
using PaperSite.Pages.Views;

namespace PaperSite.Tests.Rendering;

/// <summary>
/// A fixed model for every layout of the theme, each reaching every branch of its layout. Every
/// text a reader could have written (titles, abstracts, topic names and descriptions, page text,
/// site settings) comes from <see cref="Text"/>, so the same models serve the golden files and the
/// hostile strings.
/// </summary>
internal sealed class ThemeModels(Func<string, string> text)
{
    public const string BaseUrl = "https://example.org/digest/";

    public static readonly SiteUrls Urls = new(BaseUrl);

    /// <summary>Every page layout, with the name of a model case and its model.</summary>
    public IEnumerable<(string Layout, string Case, IPageModel Model)> All()
    {
        yield return ("home", "home", Home(withLatest: true));
        yield return ("home", "home-empty", Home(withLatest: false));
        yield return ("paper", "paper", Paper(withAbstract: true));
        yield return ("paper", "paper-without-abstract", Paper(withAbstract: false));
        yield return ("topic", "topic-front", Topic(numbered: false));
        yield return ("topic", "topic-numbered", Topic(numbered: true));
        yield return ("topics", "topics", new TopicsPage(Site, Meta("topics", "Topics"), Topics));
        yield return ("digest", "digest", new DigestPage(Site, Meta("digest", Text("11 Mar 2024")), Digest));
        yield return ("archive", "archive", new ArchivePage(Site, Meta("archive", "Archive"), [new ArchiveGroup("2024", [DigestSummary]), new ArchiveGroup("Undated", [DigestSummary with { DateIso = null }])]));
        yield return ("archive", "archive-empty", new ArchivePage(Site, Meta("archive", "Archive"), []));
        yield return ("page", "page", new ContentPage(Site, Meta("page", Text("About this digest")), ViewFactory.MarkdownToHtml(Text("Some *Markdown* with [a link](/digest/archive/) and `code`."))));
        yield return ("search", "search", new SearchPage(Site, Meta("search", "Search"), Urls.Path("search/search.json")));
        yield return ("404", "404", new NotFoundPage(Site, Meta("404", "Page not found"), Topics));
    }

    private string Text(string plain) => text(plain);

    private SiteView Site => new(
        Text("Paper Digest"),
        Text("Papers worth reading."),
        Text("A. Curator"),
        "en",
        Urls.BaseUrl,
        Urls.BasePath,
        Urls.Path(""),
        Urls.Path("search/"),
        Urls.Absolute("feed.xml"),
        Urls.Path("feeds.opml"));

    private LinkView TopicLink => new(Text("Diffusion Models"), Urls.Path("topics/diffusion/"));

    private PaperCard Card(string title, string slug, bool dated) => new(
        Text(title),
        Urls.Path($"papers/{slug}/"),
        dated ? "11 Mar 2024" : null,
        dated ? "2024-03-11" : null,
        [TopicLink, new LinkView(Text("Other"), Urls.Path("topics/other/"))],
        Text("The first sentences of the abstract…"));

    private IReadOnlyList<PaperCard> Cards => [Card("A Dated Paper", "a-dated-paper", dated: true), Card("An Undated Paper", "an-undated-paper", dated: false) with { Excerpt = "" }];

    private IReadOnlyList<TopicSummary> Topics =>
    [
        new(Text("Diffusion Models"), Urls.Path("topics/diffusion/"), 12, ViewFactory.MarkdownToHtml(Text("Models that *denoise*."))),
        new(Text("Other"), Urls.Path("topics/other/"), 3, ViewFactory.MarkdownToHtml("")),
    ];

    private DigestSummary DigestSummary => new(Text("11 Mar 2024"), Urls.Path("digests/2024-03-11/"), "2024-03-11", 2);

    private DigestView Digest => new(
        Text("11 Mar 2024"),
        Urls.Path("digests/2024-03-11/"),
        "11 Mar 2024",
        "2024-03-11",
        Text("2024-03-11.txt"),
        Cards,
        new LinkView(Text("4 Mar 2024"), Urls.Path("digests/2024-03-04/")),
        new LinkView(Text("18 Mar 2024"), Urls.Path("digests/2024-03-18/")));

    private PageMeta Meta(string layout, string heading) => new(
        $"{heading} · {Text("Paper Digest")}",
        heading,
        Text("What this page is."),
        Urls.Absolute(layout == "home" ? "" : layout + "/"),
        layout == "paper" ? "article" : "website",
        [new LinkView(Text("Paper Digest"), Urls.Absolute("feed.xml"))],
        [new LinkView("Home", Urls.Path(""), layout == "home"), new LinkView("Topics", Urls.Path("topics/"), layout == "topics"), new LinkView(Text("About this digest"), Urls.Path("about/"))],
        layout);

    private HomePage Home(bool withLatest) => new(
        Site,
        Meta("home", Text("Paper Digest")),
        withLatest ? Digest : null,
        Topics,
        withLatest ? [DigestSummary] : [],
        withLatest ? 2 : 0);

    private PaperPage Paper(bool withAbstract)
    {
        var title = Text("A Dated Paper");
        var abstractText = Text("We denoise images. Code: ") + "https://github.com/o/r" + Text(" and more.");
        var view = new PaperView(
            title,
            withAbstract ? AbstractSegments.Of(abstractText) : [],
            withAbstract,
            withAbstract ? "11 Mar 2024" : null,
            withAbstract ? "2024-03-11" : null,
            [new LinkView(Text("11 Mar 2024"), Urls.Path("digests/2024-03-11/"))],
            [new TopicReason(Text("Diffusion Models"), Urls.Path("topics/diffusion/"), Text("\u201Cdenoise\u201D in the abstract")), new TopicReason(Text("Other"), Urls.Path("topics/other/"), "")],
            withAbstract ? [new LinkView("Code", "https://github.com/o/r")] : [],
            withAbstract ? Cards : [],
            "https://arxiv.org/search/?searchtype=title&query=" + Uri.EscapeDataString(title),
            "https://huggingface.co/papers?q=" + Uri.EscapeDataString(title));
        return new PaperPage(Site, Meta("paper", title), view);
    }

    private TopicPage Topic(bool numbered)
    {
        var name = Text("Diffusion Models");
        var view = new TopicView(
            name,
            Urls.Path("topics/diffusion/"),
            ViewFactory.MarkdownToHtml(Text("Models that *denoise*.")),
            Urls.Path("topics/diffusion/feed.xml"),
            numbered ? null : 102,
            numbered ? new PaperRange(51, 100, "4 Mar 2024 \u2013 11 Mar 2024") : null,
            numbered ? Cards : [],
            numbered
                ? new Pagination(Urls.Path("topics/diffusion/page/3/"), Urls.Path("topics/diffusion/page/1/"), [])
                : new Pagination(null, Urls.Path("topics/diffusion/page/2/"), [new LinkView("51\u2013100", Urls.Path("topics/diffusion/page/2/")), new LinkView("1\u201350", Urls.Path("topics/diffusion/page/1/"))]));
        return new TopicPage(Site, Meta("topic", numbered ? $"{name}: papers 51\u2013100" : name), view);
    }
}

using PaperSite.Model;
using PaperSite.Pages;
using PaperSite.Pages.Views;
using PaperSite.Papers;

namespace PaperSite.Tests.Pages;

/// <summary>A page's key must change whenever anything the template can show changes, and only then.</summary>
public sealed class PageKeyTests
{
    private static readonly SiteView Site = new("Digest", "About papers", "Ann", "en", "https://e.org/", "/", "/", "/search/", "https://e.org/feed.xml", "/feeds.opml");

    [Fact]
    public void Equal_models_have_equal_keys()
    {
        Assert.Equal(PageKey.Of("theme", Page()), PageKey.Of("theme", Page()));
    }

    [Fact]
    public void Every_property_down_to_nested_lists_changes_the_key()
    {
        var key = PageKey.Of("theme", Page());
        var changed = new IPageModel[]
        {
            Page() with { Site = Site with { Author = "Bob" } },
            Page() with { Page = Page().Page with { Nav = [new LinkView("Home", "/", IsCurrent: false)] } },
            Page(excerpt: "Another excerpt"),
            Page(related: []),
            Page(date: null),
            Page(excerpt: ""),
        };

        Assert.All(changed, model => Assert.NotEqual(key, PageKey.Of("theme", model)));
        Assert.NotEqual(key, PageKey.Of("other theme", Page()));
        Assert.Equal(changed.Length, changed.Select(m => PageKey.Of("theme", m)).Distinct().Count());
    }

    [Fact]
    public void The_same_card_twice_is_not_the_card_once()
    {
        var card = new PaperCard("Other", "/papers/other/", null, null, [new LinkView("Vision", "/topics/vision/")], "An excerpt");

        Assert.Equal(PageKey.Of("theme", Page(related: [card])), PageKey.Of("theme", Page(related: [card with { }])));
        Assert.NotEqual(PageKey.Of("theme", Page(related: [card])), PageKey.Of("theme", Page(related: [card, card])));
    }

    [Fact]
    public void A_paper_page_is_keyed_by_its_whole_abstract()
    {
        var paper = new Paper("p", "A paper", PaperTexts.Of("An abstract."), []);
        var edited = paper with { Abstract = PaperTexts.Of("An abstract!") };

        Assert.NotEqual(PageKey.Of("", new PaperPageInputs("site", paper, [], [], [])), PageKey.Of("", new PaperPageInputs("site", edited, [], [], [])));
    }

    [Fact]
    public void Strings_are_delimited_so_moving_text_between_fields_changes_the_key()
    {
        var a = new ContentPage(Site, Meta("ab"), new HtmlMarkup("c"));
        var b = new ContentPage(Site, Meta("a"), new HtmlMarkup("bc"));

        Assert.NotEqual(PageKey.Of("", a), PageKey.Of("", b));
    }

    private static PageMeta Meta(string title) => new(title, title, "d", "https://e.org/x/", "website", [], [new LinkView("Home", "/", IsCurrent: true)], "page");

    private static PaperPage Page(string excerpt = "An excerpt", string? date = "Mar 11, 2024", IReadOnlyList<PaperCard>? related = null) => new(
        Site,
        Meta("A paper"),
        new PaperView(
            "A paper",
            [new TextSegment("Abstract ", null), new TextSegment("https://github.com/x/y", "https://github.com/x/y")],
            true,
            date,
            "2024-03-11",
            [new LinkView("Mar 11", "/digests/2024-03-11/")],
            [new TopicReason("Vision", "/topics/vision/", "“image” in the title")],
            [new LinkView("Code", "https://github.com/x/y")],
            related ?? [new PaperCard("Other", "/papers/other/", "Mar 12, 2024", "2024-03-12", [new LinkView("Vision", "/topics/vision/")], excerpt)],
            "https://arxiv.org/a",
            "https://huggingface.co/b"));
}

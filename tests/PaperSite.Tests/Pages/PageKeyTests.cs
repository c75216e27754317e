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
    public void A_paper_page_is_keyed_by_its_whole_abstract_not_only_by_what_its_excerpt_shows()
    {
        var start = string.Join(' ', Enumerable.Repeat("A long abstract.", 40));
        var paper = new Paper("p", "A paper", PaperTexts.Of(start + " It ends here."), []);
        var edited = paper with { Abstract = PaperTexts.Of(start + " It ends there.") };

        Assert.Equal(paper.Abstract.Excerpt, edited.Abstract.Excerpt);
        Assert.NotEqual(PageKey.Of("", new PaperPageInputs("site", paper, [], [], [])), PageKey.Of("", new PaperPageInputs("site", edited, [], [], [])));
    }

    [Fact]
    public void Every_property_of_a_card_changes_the_key_of_every_page_that_lists_it()
    {
        var card = new PaperCard("Other", "/papers/other/", "Mar 12, 2024", "2024-03-12", [new LinkView("Vision", "/topics/vision/")], "An excerpt");
        var changed = new[]
        {
            card with { Title = "Another" },
            card with { Url = "/papers/another/" },
            card with { Date = null },
            card with { DateIso = "2024-03-13" },
            card with { Topics = [new LinkView("Audio", "/topics/vision/")] },
            card with { Topics = [new LinkView("Vision", "/topics/audio/")] },
            card with { Topics = [] },
            card with { Excerpt = "An excerpt." },
        };
        string[] Keys(PaperCard shown) =>
        [
            PageKey.Of("theme", Page(related: [shown])),
            PageKey.Of("theme", new PaperPageInputs("site", new Paper("p", "A paper", PaperTexts.Empty, []), [], [], [shown])),
            PageKey.Of("theme", new TopicPage(Site, Meta("Vision"), new TopicView("Vision", "/topics/vision/", new HtmlMarkup(""), "/topics/vision/feed.xml", 1, null, [shown], new Pagination(null, null, [])))),
        ];

        var keys = Keys(card);
        Assert.All(changed, other => Assert.All(Keys(other).Zip(keys), pair => Assert.NotEqual(pair.Second, pair.First)));
        Assert.Equal(changed.Length, changed.Select(c => Keys(c)[0]).Distinct().Count());
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

using PaperSite.Pages;
using PaperSite.Pages.Views;

namespace PaperSite.Tests.Pages;

/// <summary>A page's key must change whenever anything the template can show changes, and only then.</summary>
public sealed class ModelFingerprintTests
{
    private static readonly SiteView Site = new("Digest", "About papers", "Ann", "en", "https://e.org/", "/", "/", "/search/", "https://e.org/feed.xml", "/feeds.opml");

    [Fact]
    public void Equal_models_have_equal_keys()
    {
        Assert.Equal(ModelFingerprint.Of("theme", Page()), ModelFingerprint.Of("theme", Page()));
    }

    [Fact]
    public void Every_property_down_to_nested_lists_changes_the_key()
    {
        var key = ModelFingerprint.Of("theme", Page());
        var changed = new IPageModel[]
        {
            Page() with { Site = Site with { Author = "Bob" } },
            Page() with { Page = Page().Page with { Nav = [new LinkView("Home", "/", IsCurrent: false)] } },
            Page(excerpt: "Another excerpt"),
            Page(related: []),
            Page(date: null),
            Page(excerpt: ""),
        };

        Assert.All(changed, model => Assert.NotEqual(key, ModelFingerprint.Of("theme", model)));
        Assert.NotEqual(key, ModelFingerprint.Of("other theme", Page()));
        Assert.Equal(changed.Length, changed.Select(m => ModelFingerprint.Of("theme", m)).Distinct().Count());
    }

    [Fact]
    public void A_shared_record_gives_the_same_key_whether_walked_now_or_remembered()
    {
        var card = new PaperCard("Other", "/papers/other/", null, null, [new LinkView("Vision", "/topics/vision/")], "An excerpt");
        var page = Page(related: [card]);
        var first = ModelFingerprint.Of("theme", page);

        Assert.Equal(first, ModelFingerprint.Of("theme", page));
        Assert.Equal(first, ModelFingerprint.Of("theme", Page(related: [card with { }])));
        Assert.NotEqual(first, ModelFingerprint.Of("theme", Page(related: [card, card])));
    }

    [Fact]
    public void Strings_are_delimited_so_moving_text_between_fields_changes_the_key()
    {
        var a = new ContentPage(Site, Meta("ab"), new HtmlMarkup("c"));
        var b = new ContentPage(Site, Meta("a"), new HtmlMarkup("bc"));

        Assert.NotEqual(ModelFingerprint.Of("", a), ModelFingerprint.Of("", b));
    }

    [Fact]
    public void A_value_it_cannot_walk_is_refused_rather_than_skipped()
    {
        Assert.Throws<NotSupportedException>(() => ModelFingerprint.Of("", Tuple.Create("a tuple is not a view record")));
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

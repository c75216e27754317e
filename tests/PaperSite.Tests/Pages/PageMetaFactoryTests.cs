using PaperSite.Configuration;
using PaperSite.Pages;
using PaperSite.Papers;

namespace PaperSite.Tests.Pages;

/// <summary>A page's meta description is its text with white space collapsed, cut to a 200-character excerpt.</summary>
public sealed class PageMetaFactoryTests
{
    private static readonly PageMetaFactory Factory = new(new SiteConfig(), new SiteUrls("https://e.org/"), []);

    public static TheoryData<string> Texts()
    {
        var words = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i}"));
        return new TheoryData<string>
        {
            "Short text.",
            "  leading and\ttrailing \n ",
            "Line one.\nLine two.\r\n\r\nLine\u00A0three\u2003with odd spaces.",
            words,
            words.Replace(" ", " \n\t "),
            new string('x', 199) + " y",
            new string('x', 200) + " y",
            new string('x', 201),
            new string('x', 150) + " " + new string('y', 300),
            "a " + new string('b', 500),
            string.Join("   ", Enumerable.Repeat("Sentence, with; punctuation: at the end.", 12)),
        };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_description_is_the_excerpt_of_the_text_with_its_white_space_collapsed(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(Excerpt.Of(collapsed, 200), Factory.For("paper", "papers/x/", "X", text).Description);
    }

    [Fact]
    public void A_blank_text_gives_the_site_description()
    {
        Assert.Equal(new SiteConfig().Description, Factory.For("paper", "papers/x/", "X", " \n\t ").Description);
    }

    [Fact]
    public void Pages_of_one_section_share_their_navigation_and_mark_it()
    {
        var first = Factory.For("paper", "papers/a/", "A", null).Nav;
        var second = Factory.For("paper", "papers/b/", "B", null).Nav;
        var topics = Factory.For("topics", "topics/", "Topics", null).Nav;

        Assert.Same(first, second);
        Assert.Equal(["Topics"], topics.Where(n => n.IsCurrent).Select(n => n.Title));
        Assert.DoesNotContain(first, n => n.IsCurrent);
    }
}

using System.Diagnostics;
using PaperSite.Papers;

namespace PaperSite.Tests.Papers;

public sealed class LinkExtractorTests
{
    [Theory]
    [InlineData("Code is at https://github.com/RAIVNLab/MRL.", "https://github.com/RAIVNLab/MRL")]
    [InlineData("(see https://example.org/page)", "https://example.org/page")]
    [InlineData("see https://en.wikipedia.org/wiki/Foo_(bar), then", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("at https://vgbench.github.io.", "https://vgbench.github.io")]
    [InlineData("\"https://x.org/a\";", "https://x.org/a")]
    [InlineData("code at https://github.com/o/r\u2026", "https://github.com/o/r")]
    public void Strips_trailing_punctuation(string text, string url) =>
        Assert.Equal(url, Assert.Single(LinkExtractor.Links(text)).Url);

    [Fact]
    public void Labels_github_as_code_and_others_by_host()
    {
        var links = LinkExtractor.Links("Code: https://github.com/a/b and page https://www.example.org/x and again https://github.com/a/b.");
        Assert.Collection(
            links,
            l => Assert.Equal(("https://github.com/a/b", "Code"), (l.Url, l.Label)),
            l => Assert.Equal(("https://www.example.org/x", "example.org"), (l.Url, l.Label)));
    }

    [Theory]
    [InlineData("https://g\u0456thub.com/o/r", "xn--gthub-n2e.com")]
    [InlineData("https://\u0445\u0430.com/", "xn--80a5b.com")]
    public void A_host_outside_ascii_is_labelled_in_its_ascii_form(string url, string label) =>
        Assert.Equal((url, label), Assert.Single(LinkExtractor.Links($"Code at {url} here.")) is var l ? (l.Url, l.Label) : default);

    [Theory]
    [InlineData("see http://\u00E9new.\u2026x and")]
    [InlineData("see https://a\u2605b.org/ and")]
    [InlineData("see https://a\u05D0.com/ and")]
    [InlineData("see https://\u06270.com/ and")]
    public void A_host_browsers_refuse_is_no_link(string text) => Assert.Empty(LinkExtractor.Links(text));

    [Fact]
    public void Ignores_text_without_urls() => Assert.Empty(LinkExtractor.Links("We use http as a protocol name only."));

    [Theory]
    [InlineData(')')]
    [InlineData('.')]
    public void A_url_followed_by_200000_closing_marks_is_trimmed_within_seconds(char mark)
    {
        var text = "See https://a.org/x_(y)" + new string(mark, 200_000) + " for more.";
        var clock = Stopwatch.StartNew();
        var link = Assert.Single(LinkExtractor.Links(text));
        Assert.Equal("https://a.org/x_(y)", link.Url);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}

using System.Diagnostics;
using PaperSite.Papers;

namespace PaperSite.Tests.Papers;

public sealed class AbstractTidierTests
{
    [Theory]
    [InlineData("called ``slots'' or ``object files''.", "called \u201Cslots\u201D or \u201Cobject files\u201D.")]
    [InlineData("a `global' view", "a \u2018global\u2019 view")]
    [InlineData("page https://dnmp.github.io/{https://dnmp.github.io/}.", "page https://dnmp.github.io/.")]
    [InlineData("at \\url{https://x.org/y} now", "at https://x.org/y now")]
    [InlineData("at {https://x.org/y} now", "at https://x.org/y now")]
    [InlineData("a https://x.org/{https://x.org/}{https://x.org/} b", "a https://x.org/https://x.org/ b")]
    [InlineData("a https://x.org/a{https://x.org/b} b", "a https://x.org/ahttps://x.org/b b")]
    [InlineData("code:https://x.org/{https://x.org/}", "code:https://x.org/")]
    public void Mends_latex_remnants(string input, string expected) => Assert.Equal(expected, AbstractTidier.Tidy(input));

    [Theory]
    [InlineData("the {\\it determinism} of d_{data}")]
    [InlineData("<script>alert(1)</script> {{title}}")]
    [InlineData("it's the model's own view")]
    public void Leaves_everything_else_as_written(string input) => Assert.Equal(input, AbstractTidier.Tidy(input));

    [Theory]
    [InlineData("http://", "{")]
    [InlineData("https://a", "{https://a}")]
    public void A_line_of_20000_urls_before_a_brace_is_tidied_within_seconds(string repeated, string end)
    {
        var text = string.Concat(Enumerable.Repeat(repeated, 20_000)) + end;
        var clock = Stopwatch.StartNew();
        Assert.StartsWith(repeated, AbstractTidier.Tidy(text), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }
}

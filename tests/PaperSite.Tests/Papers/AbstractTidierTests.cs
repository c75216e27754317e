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
    public void Mends_latex_remnants(string input, string expected) => Assert.Equal(expected, AbstractTidier.Tidy(input));

    [Theory]
    [InlineData("the {\\it determinism} of d_{data}")]
    [InlineData("<script>alert(1)</script> {{title}}")]
    [InlineData("it's the model's own view")]
    public void Leaves_everything_else_as_written(string input) => Assert.Equal(input, AbstractTidier.Tidy(input));
}

using PaperSite.Rendering;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>A theme author's mistake, met by <c>papersite build</c>: one line naming template, line and column, exit 1, the last site untouched.</summary>
public sealed class ThemeErrorBuildTests
{
    [Theory]
    [InlineData("paper", "<h1>{{ if paper.title }}</h1>", "theme/layouts/paper.sbn-html:1:25: error: Error while parsing if statement")]
    [InlineData("paper", "<h1>{{ include \"paper-crad\" card: paper }}</h1>", "theme/layouts/paper.sbn-html:1:8: error: include \"paper-crad\": unknown partial")]
    [InlineData("partials/paper-card", "<h2>{{ $card.titel }}</h2>", "theme/layouts/partials/paper-card.sbn-html:1:14: error: Cannot get member with name titel.")]
    [InlineData("topic", "<h1>{{ topc.name }}</h1>", "theme/layouts/topic.sbn-html:1:8: error: The variable or function `topc` was not found")]
    [InlineData("digest", null, "theme/layouts/digest.sbn-html: error: missing template")]
    [InlineData("home", "", "theme/layouts/home.sbn-html: error: empty template")]
    [InlineData("partials/footer", "\u0000\u0001binary", "theme/layouts/partials/footer.sbn-html: error: not a text file")]
    public void Fails_in_one_line_and_leaves_the_last_site_as_it_was(string template, string? source, string expected)
    {
        using var input = new InputCopy();
        Assert.Equal(0, CliRunner.Run(input.Root, "build", "--no-check").ExitCode);
        var before = SiteFiles.Of(input.Output);
        var times = Directory.EnumerateFiles(input.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var file = Path.Combine(input.Theme, "layouts", template + ThemeFiles.Extension);
        if (source is null)
        {
            File.Delete(file);
        }
        else
        {
            File.WriteAllText(file, source);
        }

        // A new dump, so the build would change pages if it got as far as writing them.
        input.Write("input/dumps/2024-07-01.txt", "A Brand New Paper\nWith an abstract long enough to be one.\n");
        var result = CliRunner.Run(input.Root, "build");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(expected, line);
        Assert.Equal(before, SiteFiles.Of(input.Output));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }
}

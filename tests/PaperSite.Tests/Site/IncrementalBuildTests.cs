using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>A new dump on top of a built site: only changed files are written and checked.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void Adding_a_dump_rewrites_and_checks_only_what_changed()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/");
        var full = SiteBuilder.Build(options);
        var untouched = Path.Combine(input.Output, "papers", "pointer-networks", "index.html");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untouched, stamp);

        input.Write("input/dumps/2024-03-20.txt", "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is entirely unrelated to anything else.\n");
        var next = SiteBuilder.Build(options);

        Assert.InRange(next.Files, full.Files + 2, full.Files + 4);
        Assert.InRange(next.Sync.Written, 2, full.Files / 4);
        Assert.Equal(0, next.Sync.Deleted);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(untouched));
        Assert.True(next.Check!.IsClean);
        Assert.InRange(next.Check.PagesChecked, 1, full.Check!.PagesChecked / 4);
        Assert.True(File.Exists(Path.Combine(input.Output, "papers", "a-brand-new-zebrafish-paper", "index.html")));
    }

    [Fact]
    public void A_failed_build_leaves_no_staging_folder_and_the_output_as_it_was()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/");
        SiteBuilder.Build(options);
        var before = File.ReadAllText(Path.Combine(input.Output, "index.html"));
        input.Write("theme/layouts/paper.hbs", "{{#each paper.topics}}{{nope}}{{/each}}{{> missing-partial}}");
        input.Write("input/dumps/2024-03-20.txt", "Another Paper\nWith an abstract that is long enough to be one.\n");

        Assert.ThrowsAny<Exception>(() => SiteBuilder.Build(options));

        Assert.Equal(before, File.ReadAllText(Path.Combine(input.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(input.Root, ".output.papersite-staging")));
        Assert.False(Directory.Exists(Path.Combine(input.Output, "papers", "another-paper")));
    }
}

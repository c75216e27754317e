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
        var before = Files(input.Output);
        var untouched = Path.Combine(input.Output, "papers", "pointer-networks", "index.html");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(untouched, stamp);

        input.Write("input/dumps/2024-03-20.txt", "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish with a new method, which is entirely unrelated to anything else.\n");
        var next = SiteBuilder.Build(options);

        Assert.InRange(next.Files, full.Files + 2, full.Files + 4);
        Assert.InRange(next.Sync.Written, 2, full.Files / 4);
        // A site this small has one search segment, which the new paper changes: its folder, named by its key, is replaced.
        var deleted = before.Except(Files(input.Output)).ToList();
        Assert.Equal(deleted.Count, next.Sync.Deleted);
        Assert.NotEmpty(deleted);
        Assert.All(deleted, path => Assert.StartsWith("search/index/", path, StringComparison.Ordinal));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(untouched));
        Assert.True(next.Check!.IsClean);
        Assert.InRange(next.Check.PagesChecked, 1, full.Check!.PagesChecked / 4);
        Assert.True(File.Exists(Path.Combine(input.Output, "papers", "a-brand-new-zebrafish-paper", "index.html")));
    }

    [Fact]
    public void A_removed_page_has_every_page_checked_again()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/");
        SiteBuilder.Build(options);
        File.Delete(Directory.GetFiles(Path.Combine(input.Input, "dumps")).Order(StringComparer.Ordinal).First());

        var next = SiteBuilder.Build(options);

        Assert.True(next.Sync.Removed.Any(path => path.StartsWith("papers/", StringComparison.Ordinal)), "a paper page went");
        Assert.Equal(Files(input.Output).Count(path => path.EndsWith(".html", StringComparison.Ordinal)), next.Check!.PagesChecked);
    }

    private static List<string> Files(string output) =>
        Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).ToList();

    [Fact]
    public void Output_files_deleted_or_cut_short_since_the_last_build_are_written_again()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/") { Check = false };
        SiteBuilder.Build(options);
        var built = SiteFiles.Of(input.Output);
        var deleted = Path.Combine(input.Output, "papers", "pointer-networks", "index.html");
        var cut = Directory.GetFiles(Path.Combine(input.Output, "search", "index"), "p-m.json", SearchOption.AllDirectories).Single();
        File.Delete(deleted);
        File.WriteAllText(cut, "{}");

        var again = SiteBuilder.Build(options);

        Assert.Equal(2, again.Sync.Written);
        Assert.Equal(built, SiteFiles.Of(input.Output));
    }

    [Fact]
    public void An_incremental_build_writes_the_same_bytes_as_a_fresh_build()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/digest/") { Check = false };
        SiteBuilder.Build(options);

        // A new day, and an edit to a paper that was there before: caches must not keep its old text.
        input.Write("input/dumps/2024-03-20.txt", "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish reinforcement learning with diffusion models.\n");
        var dump = Path.Combine(input.Input, "dumps", "003_e34c50827671df89.txt");
        File.WriteAllText(dump, File.ReadAllText(dump).Replace("the", "a", StringComparison.Ordinal));
        SiteBuilder.Build(options);

        // And a taxonomy that changed: cached topics must not outlive it.
        var topics = Path.Combine(input.Input, "topics.yml");
        File.WriteAllText(topics, File.ReadAllText(topics).Replace("[diffusion, denoising,", "[zebrafish, denoising,", StringComparison.Ordinal));
        SiteBuilder.Build(options);

        // What every paper page shows besides its paper: a topic's name, the site's title and
        // navigation, a digest's title (from its date line); pages keyed by their inputs must see them.
        File.WriteAllText(topics, File.ReadAllText(topics).Replace("name: Reinforcement Learning", "name: RL", StringComparison.Ordinal));
        var site = Path.Combine(input.Input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("title: Paper Digest", "title: Papers & More", StringComparison.Ordinal));
        input.Write("input/pages/contact.md", "---\ntitle: Contact\nnav_order: 1\n---\nWrite to us.\n");
        File.WriteAllText(dump, File.ReadAllText(dump).Replace("\nMar 13\n", "\nMar 14\n", StringComparison.Ordinal));
        SiteBuilder.Build(options);

        // A site that moves: every absolute address changes, in pages, feeds and the sitemap.
        options = options with { BaseUrl = "https://example.net/papers/" };
        SiteBuilder.Build(options);

        var fresh = Path.Combine(input.Root, "fresh");
        SiteBuilder.Build(options with { OutputDir = fresh });
        Assert.Equal(SiteFiles.Of(fresh), SiteFiles.Of(input.Output));
    }

    [Fact]
    public void A_failed_build_leaves_no_staging_folder_and_the_output_as_it_was()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/");
        SiteBuilder.Build(options);
        var before = File.ReadAllText(Path.Combine(input.Output, "index.html"));
        input.Write("theme/layouts/paper.sbn-html", "{{ for topic in paper.topics }}{{ topic.nope }}{{ end }}");
        input.Write("input/dumps/2024-03-20.txt", "Another Paper\nWith an abstract that is long enough to be one.\n");

        Assert.ThrowsAny<Exception>(() => SiteBuilder.Build(options));

        Assert.Equal(before, File.ReadAllText(Path.Combine(input.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(input.Root, ".output.papersite-staging")));
        Assert.False(Directory.Exists(Path.Combine(input.Output, "papers", "another-paper")));
    }
}

using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>What a build may do to and beside its output folder: nothing when it refuses it, one build at a time.</summary>
public sealed class OutputFolderTests
{
    private const string BaseUrl = "https://example.org/digest/";

    [Fact]
    public void A_refused_output_folder_gets_nothing_written_beside_it()
    {
        using var input = new InputCopy();
        var precious = input.Write("precious/notes.txt", "mine");
        var before = Directory.GetFileSystemEntries(input.Root).Order().ToList();

        var result = CliRunner.Run(input.Root, "build", "--output", "precious");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not written by PaperSite", line);
        Assert.Equal(before, Directory.GetFileSystemEntries(input.Root).Order().ToList());
        Assert.Equal("mine", File.ReadAllText(precious));
    }

    [Fact]
    public void A_second_build_into_an_output_being_built_gives_up_naming_the_other_build()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false, LockWait = TimeSpan.FromMilliseconds(300) };
        using (OutputLock.Take(input.Output, TimeSpan.Zero))
        {
            var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(options));

            Assert.Contains($"another papersite build (process {Environment.ProcessId}, started ", e.Message);
            Assert.Equal(input.Output, e.Diagnostic.File);
        }

        Assert.False(Directory.Exists(input.Output));
        SiteBuilder.Build(options);
        Assert.True(File.Exists(Path.Combine(input.Output, "index.html")));
    }

    [Fact]
    public async Task Two_first_builds_into_one_output_at_once_take_turns_and_make_the_clean_site()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false, LockWait = TimeSpan.FromMinutes(2) };
        SiteBuilder.Build(options with { OutputDir = Path.Combine(input.Root, "clean") });

        var builds = new[] { Task.Run(() => SiteBuilder.Build(options)), Task.Run(() => SiteBuilder.Build(options)) };

        // A hang fails the test with a TimeoutException.
        await Task.WhenAll(builds).WaitAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(SiteFiles.Of(Path.Combine(input.Root, "clean")), SiteFiles.Of(input.Output));
    }

    [Theory]
    [InlineData(".output.papersite-lock-holder")]
    [InlineData(".output.papersite-lock")]
    public void A_lock_file_that_is_a_link_stops_the_build_and_nothing_is_written_where_it_leads(string name)
    {
        using var input = new InputCopy();
        var victim = input.Write("victim.txt", "the user's own file");
        File.CreateSymbolicLink(Path.Combine(input.Root, name), victim);
        var options = new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false };

        var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(options));

        Assert.Equal(Path.Combine(input.Root, name), e.Diagnostic.File);
        Assert.Contains("is a symbolic link; PaperSite writes no file through one", e.Message);
        Assert.Equal("the user's own file", File.ReadAllText(victim));
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void A_lock_file_that_is_a_link_to_nothing_creates_nothing_where_it_leads()
    {
        using var input = new InputCopy();
        var nowhere = Path.Combine(input.Root, "elsewhere", "created.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(nowhere)!);
        File.CreateSymbolicLink(Path.Combine(input.Root, ".output.papersite-lock"), nowhere);

        Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));

        Assert.False(File.Exists(nowhere));
    }

    /// <summary>A cloned repository can hold links where a build keeps its staging folder and its next manifest.</summary>
    [Fact]
    public void Links_where_the_staging_folder_and_the_next_manifest_go_are_replaced_not_written_through()
    {
        using var input = new InputCopy();
        var victimFile = input.Write("victim/notes.txt", "the user's own file");
        var victimFolder = Path.GetDirectoryName(victimFile)!;
        File.CreateSymbolicLink(Path.Combine(input.Root, ".output.papersite-staging"), victimFolder);
        File.CreateSymbolicLink(Path.Combine(input.Root, ".output.papersite-manifest"), victimFile);
        var options = new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false };

        SiteBuilder.Build(options);
        input.Write("input/pages/new.md", "# New\n\nA page, so the second build writes.\n");
        SiteBuilder.Build(options);

        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(victimFolder).Select(Path.GetFileName));
        Assert.Equal("the user's own file", File.ReadAllText(victimFile));
        Assert.True(File.Exists(Path.Combine(input.Output, "new", "index.html")));
    }

    [Fact]
    public void A_cache_folder_that_is_a_link_stops_the_build_and_nothing_is_written_where_it_leads()
    {
        using var input = new InputCopy();
        var victim = Path.GetDirectoryName(input.Write("victim/related", "the user's own file named like a cache entry"))!;
        File.CreateSymbolicLink(Path.Combine(input.Root, ".output.papersite-cache"), victim);

        var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));

        Assert.Equal(Path.Combine(input.Root, ".output.papersite-cache"), e.Diagnostic.File);
        Assert.Equal(["related"], Directory.EnumerateFileSystemEntries(victim).Select(Path.GetFileName));
        Assert.Equal("the user's own file named like a cache entry", File.ReadAllText(Path.Combine(victim, "related")));
        Assert.False(Directory.Exists(input.Output));
    }
}

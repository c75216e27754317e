using System.Diagnostics;
using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>
/// Links and special files in the input and the theme: a link out of the project is never followed
/// (its target would be published), and a link to nothing, an unreadable file or a pipe is one warning.
/// </summary>
public sealed class InputLinkTests
{
    private const string BaseUrl = "https://example.org/digest/";
    private const string Secret = "Zanzibar Secret Marker";

    [Fact]
    public void Links_out_of_the_project_are_refused_with_a_warning_and_nothing_they_lead_to_is_published()
    {
        using var input = new InputCopy();
        var secret = input.Write("outside/secret.txt", $"May 1\n\n{Secret} Title\n\nAn abstract about the {Secret}, long enough to be an abstract.\n");
        Link(input, "input/dumps/2024-05-01.txt", secret);
        Link(input, "input/pages/leak.md", secret);
        Link(input, "theme/assets/leak.txt", secret);

        var report = SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl));

        var warnings = report.Warnings.Select(w => w.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith("2024-05-01.txt: warning: is a symbolic link to " + secret, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("pages/leak.md: warning: is a symbolic link to " + secret, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("theme/assets/leak.txt: warning: is a symbolic link to " + secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFiles(input.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal));
        Assert.True(report.Check!.IsClean);
    }

    [Fact]
    public void A_link_that_stays_in_the_project_is_followed()
    {
        using var input = new InputCopy();
        var kept = input.Write("input/kept/2024-05-01.txt", "May 1\n\nA Linked Zebrafish Paper\n\nAn abstract about zebrafish, long enough to be an abstract.\n");
        Link(input, "input/dumps/2024-05-01.txt", "../kept/2024-05-01.txt");

        var report = SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });

        Assert.DoesNotContain(report.Warnings, w => w.File == "2024-05-01.txt");
        Assert.True(File.Exists(Path.Combine(input.Output, "papers", "a-linked-zebrafish-paper", "index.html")), kept);
    }

    [Fact]
    public void A_link_to_nothing_is_one_warning_and_the_site_is_built()
    {
        using var input = new InputCopy();
        Link(input, "input/dumps/2024-05-01.txt", "gone.txt");
        Link(input, "input/pages/gone.md", "gone.md");
        Link(input, "theme/assets/gone.css", "nothing.css");

        var report = SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });

        Assert.Single(report.Warnings, w => w.ToString() == "2024-05-01.txt: warning: is a symbolic link to a file that does not exist; skipped");
        Assert.Single(report.Warnings, w => w.ToString() == "pages/gone.md: warning: is a symbolic link to a file that does not exist; skipped");
        Assert.Single(report.Warnings, w => w.ToString() == "theme/assets/gone.css: warning: is a symbolic link to a file that does not exist; skipped");
        Assert.True(File.Exists(Path.Combine(input.Output, "index.html")));
    }

    [Fact]
    public async Task A_pipe_in_dumps_pages_or_theme_assets_is_not_a_build_that_waits_forever()
    {
        using var input = new InputCopy();
        foreach (var pipe in new[] { "input/dumps/2024-05-01.txt", "input/pages/pipe.md", "theme/assets/pipe.css" })
        {
            using var mkfifo = Process.Start("mkfifo", Path.Combine(input.Root, pipe));
            await mkfifo.WaitForExitAsync();
        }

        var build = Task.Run(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));
        var report = await build.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Single(report.Warnings, w => w.ToString() == "2024-05-01.txt: warning: is empty, or not a regular file (a pipe or a device); skipped");
        Assert.Single(report.Warnings, w => w.ToString() == "pages/pipe.md: warning: is empty, or not a regular file (a pipe or a device); skipped");
        Assert.True(File.Exists(Path.Combine(input.Output, "index.html")));
        Assert.Empty(File.ReadAllBytes(Path.Combine(input.Output, "assets", "pipe.css")));
    }

    [Theory]
    [InlineData("theme/layouts/page.sbn-html", "theme/layouts/page.sbn-html")]
    [InlineData("theme/layouts/partials/footer.sbn-html", "theme/layouts/partials/footer.sbn-html")]
    public void A_template_that_links_out_of_the_theme_stops_the_build_and_nothing_it_leads_to_is_published(string template, string shownAs)
    {
        using var input = new InputCopy();
        var secret = input.Write("outside/secret.txt", $"<p>{Secret}</p>\n");
        File.Delete(Path.Combine(input.Root, template));
        Link(input, template, secret);

        var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));

        Assert.Equal($"{shownAs}: error: is a symbolic link out of the theme folder; a build reads no template from outside the project: copy the file into theme/", e.Diagnostic.ToString());
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public async Task A_template_that_is_a_pipe_stops_the_build_instead_of_waiting_forever()
    {
        using var input = new InputCopy();
        var page = Path.Combine(input.Theme, "layouts", "page.sbn-html");
        File.Delete(page);
        using (var mkfifo = Process.Start("mkfifo", page))
        {
            await mkfifo.WaitForExitAsync();
        }

        var build = Task.Run(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));
        var e = await Assert.ThrowsAsync<PaperSiteException>(() => build.WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.Equal("theme/layouts/page.sbn-html: error: empty template: every layout and partial must write something", e.Diagnostic.ToString());
    }

    [Fact]
    public async Task A_file_whose_name_is_not_UTF8_is_one_warning_that_says_so()
    {
        using var input = new InputCopy();
        var dumps = Path.Combine(input.Input, "dumps");
        var first = Directory.EnumerateFiles(dumps).Order(StringComparer.Ordinal).First();
        using (var cp = Process.Start("bash", ["-c", "cp \"$0\" \"$1/bad$(printf '\\377')name.txt\"", first, dumps]))
        {
            await cp.WaitForExitAsync();
        }

        var report = SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });

        Assert.Single(report.Warnings, w => w.ToString() == "bad\uFFFDname.txt: warning: has a name that is not UTF-8, by which .NET cannot open it; rename it; skipped");
    }

    /// <summary>The build's manifest has a line per file: a line break in a name would split it, and the file would never be removed.</summary>
    [Fact]
    public void A_theme_asset_with_a_line_break_in_its_name_is_one_warning_and_not_published()
    {
        using var input = new InputCopy();
        input.Write("theme/assets/a\nb.css", "p {}\n");

        var report = SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });

        Assert.Single(report.Warnings, w => w.ToString() == "theme/assets/a\nb.css: warning: has a line break in its name, which no file of the site may have; rename it; skipped");
        Assert.False(File.Exists(Path.Combine(input.Output, "assets", "a\nb.css")));
        Assert.DoesNotContain("\nb.css", File.ReadAllText(Path.Combine(input.Output, ".papersite-manifest")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/site.yml")]
    [InlineData("input/topics.yml")]
    [InlineData("theme/package.json")]
    public async Task A_settings_file_that_is_a_pipe_is_read_as_empty_instead_of_waiting_forever(string file)
    {
        using var input = new InputCopy();
        var path = Path.Combine(input.Root, file);
        File.Delete(path);
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            await mkfifo.WaitForExitAsync();
        }

        var build = Task.Run(() =>
        {
            try
            {
                SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });
                return null;
            }
            catch (PaperSiteException e)
            {
                return e.Diagnostic.ToString();
            }
        });

        // An empty site.yml or topics.yml is valid (defaults; every paper in Other), an empty package.json is not.
        var error = await build.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(file == "theme/package.json", error?.StartsWith("theme/package.json:1: error: not valid", StringComparison.Ordinal) ?? false);
    }

    private static void Link(InputCopy input, string relativePath, string target)
    {
        var path = Path.Combine(input.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }
}

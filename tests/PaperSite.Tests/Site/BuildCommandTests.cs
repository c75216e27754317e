using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>The CLI as a user meets it: exit codes, one-line errors, warnings that do not fail the build.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Builds_and_summarises()
    {
        using var input = new InputCopy();
        var result = CliRunner.Run(input.Root, "build", "--base-url", "https://example.org/digest/");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("distinct papers", result.Stdout);
        Assert.Contains("264", result.Stdout);
        Assert.True(File.Exists(Path.Combine(input.Output, "index.html")));
    }

    [Fact]
    public void Bad_yaml_is_one_line_naming_file_and_line_and_leaves_output_alone()
    {
        using var input = new InputCopy();
        Assert.Equal(0, CliRunner.Run(input.Root, "build").ExitCode);
        var before = File.ReadAllText(Path.Combine(input.Output, "index.html"));
        input.Write("input/site.yml", "title: Broken\nbase_url: [unclosed\n");

        var result = CliRunner.Run(input.Root, "build");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("site.yml:", line);
        Assert.DoesNotContain(" at ", line);
        Assert.Equal(before, File.ReadAllText(Path.Combine(input.Output, "index.html")));
    }

    [Fact]
    public void A_broken_template_fails_the_build_naming_the_template()
    {
        using var input = new InputCopy();
        input.Write("theme/layouts/paper.sbn-html", "<h1>{{ for topic in paper.topics }}</h1>");
        var result = CliRunner.Run(input.Root, "build");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("theme/layouts/paper.sbn-html:1:", result.Stderr.Trim());
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void A_missing_template_fails_the_build_naming_the_template()
    {
        using var input = new InputCopy();
        File.Delete(Path.Combine(input.Theme, "layouts", "digest.sbn-html"));
        var result = CliRunner.Run(input.Root, "build");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("theme/layouts/digest.sbn-html: error: missing template", result.Stderr.Trim());
    }

    [Fact]
    public void Bad_dumps_are_warnings_and_the_rest_still_builds()
    {
        using var input = new InputCopy();
        input.WriteBytes("input/dumps/picture.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]);
        input.Write("input/dumps/2024-06-01.txt", "Lonely Title Without Abstract\n");
        var result = CliRunner.Run(input.Root, "build");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("picture.png: warning: not a text file", result.Stdout);
        Assert.Contains("2024-06-01.txt:1: warning: 'Lonely Title Without Abstract' has no abstract", result.Stdout);
        Assert.True(Directory.Exists(Path.Combine(input.Output, "papers", "lonely-title-without-abstract")));
    }

    [Fact]
    public void Check_checks_the_site_for_the_base_url_it_was_built_for()
    {
        using var input = new InputCopy();
        Assert.Equal(0, CliRunner.Run(input.Root, "build", "--no-check", "--base-url", "http://127.0.0.1:8765/digest/").ExitCode);

        var check = CliRunner.Run(input.Root, "check");

        Assert.True(check.ExitCode == 0, check.Stdout);
        Assert.Equal(1, CliRunner.Run(input.Root, "check", "--base-url", "https://example.org/elsewhere/").ExitCode);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using PaperSite.Diagnostics;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Cli;

/// <summary>The Pages workflow turns every warning and error line the CLI prints into an annotation.</summary>
public sealed class ProblemMatcherTests
{
    private const string MatcherPath = ".github/papersite-problem-matcher.json";

    private static JsonElement Pattern()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, MatcherPath)));
        return json.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0].Clone();
    }

    private static string Group(Match match, JsonElement pattern, string name) => match.Groups[pattern.GetProperty(name).GetInt32()].Value;

    private static readonly (Diagnostic Diagnostic, string File, string Line, string Column)[] Cases =
    [
        (new Diagnostic(DiagnosticSeverity.Warning, "dumps/2024-03-11.txt", 12, "a title with no abstract; skipped"), "dumps/2024-03-11.txt", "12", ""),
        (new Diagnostic(DiagnosticSeverity.Error, "theme/layouts/paper.sbn-html", 3, "unknown variable 'titel'") { Column = 9 }, "theme/layouts/paper.sbn-html", "3", "9"),
        (new Diagnostic(DiagnosticSeverity.Warning, "output/", null, "the site is 1.03 GB in 6 files (largest: papers/ 420 MB): publishing may fail"), "output/", "", ""),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Each_kind_of_line_is_matched_with_its_file_line_column_and_message(int index)
    {
        var (diagnostic, file, line, column) = Cases[index];
        var pattern = Pattern();
        var match = Regex.Match(diagnostic.ToString(), pattern.GetProperty("regexp").GetString()!);

        Assert.True(match.Success, diagnostic.ToString());
        Assert.Equal(file, Group(match, pattern, "file"));
        Assert.Equal(line, Group(match, pattern, "line"));
        Assert.Equal(column, Group(match, pattern, "column"));
        Assert.Equal(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning", Group(match, pattern, "severity"));
        Assert.Equal(diagnostic.Message, Group(match, pattern, "message"));
    }

    [Fact]
    public void The_pages_workflow_adds_the_matcher_before_it_builds()
    {
        var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"));
        var added = workflow.IndexOf("::add-matcher::" + MatcherPath, StringComparison.Ordinal);

        Assert.True(added >= 0, "the matcher is not added");
        Assert.True(added < workflow.IndexOf("papersite build", StringComparison.Ordinal), "the matcher is added after the build");
    }
}

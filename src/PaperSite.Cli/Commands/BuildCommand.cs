using System.CommandLine;
using System.Diagnostics;
using PaperSite.Pipeline;
using Spectre.Console;

namespace PaperSite.Cli.Commands;

/// <summary><c>papersite build</c>: builds the site from the input folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var output = CliOptions.Output();
        var baseUrl = CliOptions.BaseUrl();
        var noCheck = new Option<bool>("--no-check") { Description = "Skip checking links, feeds and the search index after the build" };
        var command = new Command("build", "Build the site from the dumps into the output folder") { input, theme, output, baseUrl, noCheck };
        command.SetAction(parse => UserErrors.Guard(() =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!, parse.GetValue(baseUrl))
            {
                Check = !parse.GetValue(noCheck),
            };
            var clock = Stopwatch.StartNew();
            var report = SiteBuilder.Build(options, new ConsoleBuildObserver());
            PrintWarnings(report);
            PrintSummary(report, options.OutputDir, clock.Elapsed);
            return CheckCommand.Print(report.Check);
        }));
        return command;
    }

    private static void PrintWarnings(BuildReport report)
    {
        // Plain lines, never wrapped, so editors and CI can jump to file:line.
        foreach (var warning in report.Warnings)
        {
            Console.WriteLine(warning.ToString());
        }
    }

    private static void PrintSummary(BuildReport report, string outputDir, TimeSpan wall)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Built").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("dumps", report.Dumps.ToString());
        table.AddRow("entries", report.Entries.ToString());
        table.AddRow("distinct papers", report.Papers.ToString());
        table.AddRow("topics", report.Topics.ToString());
        table.AddRow("pages", report.Pages.ToString());
        table.AddRow("files (written / unchanged / removed)", $"{report.Files} ({report.Sync.Written} / {report.Sync.Unchanged} / {report.Sync.Deleted})");
        table.AddRow("warnings", report.Warnings.Count.ToString());
        table.AddRow("time", $"{wall.TotalSeconds:F2} s");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Site written to [bold]{Markup.Escape(Path.GetFullPath(outputDir))}[/]");
    }
}

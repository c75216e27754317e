using System.CommandLine;
using PaperSite.Checking;
using PaperSite.Configuration;

namespace PaperSite.Cli.Commands;

/// <summary><c>papersite check</c>: verifies a built site and lists every problem.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var output = CliOptions.Output();
        var input = CliOptions.Input();
        var baseUrl = CliOptions.BaseUrl();
        var command = new Command("check", "Check a built site: links, page heads, feeds, OPML, sitemap and search index") { output, input, baseUrl };
        command.SetAction(parse => UserErrors.Guard(() =>
        {
            var url = parse.GetValue(baseUrl) ?? SiteConfigLoader.Load(parse.GetValue(input)!).BaseUrl;
            return Print(SiteChecker.Check(parse.GetValue(output)!, url));
        }));
        return command;
    }

    /// <summary>Lists the problems and a summary line; 0 when the site is clean (or was not checked), 1 otherwise.</summary>
    public static int Print(CheckReport? report)
    {
        if (report is null)
        {
            return 0;
        }

        foreach (var problem in report.Problems)
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(report.Summary());
        return report.IsClean ? 0 : 1;
    }
}

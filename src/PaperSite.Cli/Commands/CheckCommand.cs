using System.CommandLine;
using PaperSite.Checking;
using PaperSite.Configuration;
using PaperSite.Output;

namespace PaperSite.Cli.Commands;

/// <summary><c>papersite check</c>: verifies a built site and lists every problem.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var output = CliOptions.Output();
        var input = CliOptions.Input();
        var baseUrl = CliOptions.BaseUrl();
        baseUrl.Description = "URL the site is published at (default: the one it was built for, which its manifest records; else base_url in site.yml)";
        var command = new Command("check", "Check a built site: links, page heads, feeds, OPML, sitemap and search index") { output, input, baseUrl };
        command.SetAction(parse => UserErrors.Guard(() =>
        {
            // The site is checked for the URL it was built for, which its manifest records.
            var url = parse.GetValue(baseUrl)
                ?? OutputManifest.BaseUrlOf(parse.GetValue(output)!)
                ?? SiteConfigLoader.Load(parse.GetValue(input)!).BaseUrl;
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

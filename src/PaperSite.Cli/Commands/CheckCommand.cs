using System.CommandLine;
using PaperSite.Checking;
using PaperSite.Configuration;
using PaperSite.Diagnostics;

namespace PaperSite.Cli.Commands;

/// <summary><c>papersite check</c>: verifies a built site and lists every problem.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output")
        {
            Description = "The built site to check.",
            DefaultValueFactory = _ => "output",
        };
        var input = new Option<string>("--input")
        {
            Description = "The input folder whose site.yml gives base_url when --base-url is absent.",
            DefaultValueFactory = _ => "input",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The URL the site is published at, e.g. https://owner.github.io/repo/.",
        };

        var command = new Command("check", "Check a built site: links, page heads, feeds, OPML, sitemap and search index.");
        command.Options.Add(output);
        command.Options.Add(input);
        command.Options.Add(baseUrl);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(output)!,
            parseResult.GetValue(input)!,
            parseResult.GetValue(baseUrl),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Checks the site; 0 when it is clean, 1 when it has problems or cannot be checked.</summary>
    internal static int Run(string outputDir, string inputDir, string? baseUrl, TextWriter stdout, TextWriter stderr)
    {
        CheckReport report;
        try
        {
            report = SiteChecker.Check(outputDir, baseUrl ?? SiteConfigLoader.Load(inputDir).BaseUrl);
        }
        catch (PaperSiteException e)
        {
            stderr.WriteLine(e.Diagnostic);
            return 1;
        }

        foreach (var problem in report.Problems)
        {
            stdout.WriteLine(problem);
        }

        stdout.WriteLine(report.Summary());
        return report.IsClean ? 0 : 1;
    }
}

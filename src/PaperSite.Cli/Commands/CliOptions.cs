using System.CommandLine;

namespace PaperSite.Cli.Commands;

/// <summary>Options several commands share, so each is spelled and defaulted one way.</summary>
internal static class CliOptions
{
    public static Option<string> Input() => new("--input")
    {
        Description = "Folder with site.yml, topics.yml, dumps/ and pages/",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string> Theme() => new("--theme")
    {
        Description = "Folder with layouts/ and assets/",
        DefaultValueFactory = _ => "theme",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "Folder the site is written to",
        DefaultValueFactory = _ => "output",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "URL the site is published at, e.g. https://owner.github.io/repo/ (default: base_url in site.yml)",
    };
}

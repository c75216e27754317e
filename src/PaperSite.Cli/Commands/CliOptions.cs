using System.CommandLine;

namespace PaperSite.Cli.Commands;

/// <summary>Options several commands share, so each is spelled and defaulted one way.</summary>
internal static class CliOptions
{
    public static Option<string> Input() => Folder(new("--input")
    {
        Description = "Folder with site.yml, topics.yml, dumps/ and pages/",
        DefaultValueFactory = _ => "input",
    });

    public static Option<string> Theme() => Folder(new("--theme")
    {
        Description = "Folder with layouts/ and assets/",
        DefaultValueFactory = _ => "theme",
    });

    public static Option<string> Output() => Folder(new("--output")
    {
        Description = "Folder the site is written to",
        DefaultValueFactory = _ => "output",
    });

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "URL the site is published at, e.g. https://owner.github.io/repo/ (default: base_url in site.yml)",
    };

    /// <summary>An empty folder name (<c>--output ""</c>, a script's unset variable) is a usage error, not a .NET exception.</summary>
    private static Option<string> Folder(Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (string.IsNullOrEmpty(result.GetValueOrDefault<string>()))
            {
                result.AddError($"{option.Name} must name a folder, not an empty string.");
            }
        });
        return option;
    }
}

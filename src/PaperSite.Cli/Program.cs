using System.CommandLine;
using PaperSite.Cli.Commands;

var root = new RootCommand("PaperSite: turns saved paper listings into a static paper digest site.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();

/// <summary>The CLI's entry point (top-level statements above), internal like every type of the application.</summary>
internal partial class Program;

using System.CommandLine;

namespace PaperSite.Cli.Commands;

/// <summary>Every sub-command of <c>papersite</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return BuildCommand.Create();
        yield return LunrCommand.Create();
        yield return CheckCommand.Create();
        yield return ServeCommand.Create();
    }
}

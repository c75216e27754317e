using PaperSite.Pipeline;
using Spectre.Console;

namespace PaperSite.Cli.Commands;

/// <summary>Prints a line per finished stage: its name, time and what it made.</summary>
internal sealed class ConsoleBuildObserver : IBuildObserver
{
    public void StageStarted(string stage)
    {
    }

    public void StageFinished(StageTiming timing, string summary) =>
        AnsiConsole.MarkupLine($"[green]✓[/] {timing.Stage,-8} {timing.Elapsed.TotalMilliseconds,7:F0} ms  [grey]{Markup.Escape(summary)}[/]");
}

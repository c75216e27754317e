using PaperSite.Diagnostics;
using Spectre.Console;

namespace PaperSite.Cli.Commands;

/// <summary>Runs a command body, turning problems the user can fix into one line on stderr and exit code 1.</summary>
internal static class UserErrors
{
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (PaperSiteException e)
        {
            return Fail(e.Diagnostic.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"error: {e.Message}");
        }
    }

    public static int Fail(string message)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        stderr.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return 1;
    }
}

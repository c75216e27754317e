using PaperSite.Diagnostics;

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

    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
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
        // Plain text: a console-width wrap would split the one line editors and CI parse as file:line.
        Console.Error.WriteLine(message);
        return 1;
    }
}

using System.Diagnostics;

namespace PaperSite.Tests.Support;

/// <summary>
/// The Nu Html Checker (vnu.jar from npm, in <c>tests/tools/</c>), run with Java. Its npm package is
/// installed on first use when missing, as the build does for the theme's.
/// </summary>
internal static class HtmlChecker
{
    private static readonly Lock Gate = new();

    private static string Tools => Path.Combine(RepoPaths.Root, "tests", "tools");

    private static string Jar => Path.Combine(Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The errors vnu reports for the HTML files under <paramref name="folder"/> (warnings left out), one a line.</summary>
    public static IReadOnlyList<string> Errors(string folder)
    {
        EnsureInstalled();
        var (exit, output) = Run("java", "-jar", Jar, "--errors-only", "--skip-non-html", "--exit-zero-always", folder);
        Assert.True(exit == 0, $"vnu did not run: {output}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!File.Exists(Jar))
            {
                var (exit, output) = Run(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", "ci", "--prefix", Tools, "--no-audit", "--no-fund", "--loglevel=error");
                Assert.True(exit == 0 && File.Exists(Jar), $"npm ci in tests/tools failed: {output}");
            }
        }
    }

    private static (int Exit, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.Result);
    }
}

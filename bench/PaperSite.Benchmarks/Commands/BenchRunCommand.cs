using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using PaperSite.Cli.Commands;
using PaperSite.Diagnostics;
using PaperSite.Pipeline;

namespace PaperSite.Benchmarks.Commands;

/// <summary>
/// <c>bench-run</c> (hidden): builds once and prints a <see cref="BuildMeasurement"/> as JSON. <c>bench</c>
/// runs it as a child process per build, because a process's peak working set never goes down: only a process
/// of its own gives each build its own peak.
/// </summary>
internal static class BenchRunCommand
{
    private const string Name = "bench-run";

    public static Command Create()
    {
        var input = CliOptions.Input();
        var theme = CliOptions.Theme();
        var output = CliOptions.Output();
        var check = new Option<bool>("--check") { Description = "Check the site after the build, timed on its own" };
        var command = new Command(Name, "Build once and print the measurement as JSON (used by bench)") { input, theme, output, check };
        command.Hidden = true;
        command.SetAction(parse => UserErrors.Guard(() =>
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(theme)!, parse.GetValue(output)!);
            Console.WriteLine(JsonSerializer.Serialize(BuildMeasurer.Measure(options, parse.GetValue(check))));
            return 0;
        }));
        return command;
    }

    /// <summary>Runs <c>bench-run</c> in a child process of this same program and returns what it measured.</summary>
    /// <exception cref="PaperSiteException">The child failed; the message is its error line.</exception>
    public static BuildMeasurement RunChild(string input, string theme, string output, bool check)
    {
        using var process = Process.Start(StartInfo(input, theme, output, check)) ?? throw new InvalidOperationException("cannot start " + Name);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new PaperSiteException(Name, null, stderr.Result.Trim());
        }

        return JsonSerializer.Deserialize<BuildMeasurement>(stdout.Result)
            ?? throw new PaperSiteException(Name, null, "printed no measurement");
    }

    private static ProcessStartInfo StartInfo(string input, string theme, string output, bool check)
    {
        var program = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // Under "dotnet PaperSite.Benchmarks.dll" the process is the dotnet host, which needs the assembly again.
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BenchRunCommand).Assembly.Location);
        }

        string[] arguments = [Name, "--input", input, "--theme", theme, "--output", output, .. check ? ["--check"] : Array.Empty<string>()];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}

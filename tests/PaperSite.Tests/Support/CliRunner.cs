using System.Diagnostics;

namespace PaperSite.Tests.Support;

/// <summary>Runs the real <c>papersite</c> CLI (built beside the tests) as a user would.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDir, params string[] args) => RunProgram("papersite", workingDir, args);

    /// <summary>Runs the benchmarks program (bench/PaperSite.Benchmarks), which the test project references.</summary>
    public static Result RunBenchmarks(string workingDir, params string[] args) => RunProgram("PaperSite.Benchmarks", workingDir, args);

    private static Result RunProgram(string assembly, string workingDir, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly + ".dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(assembly + " " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

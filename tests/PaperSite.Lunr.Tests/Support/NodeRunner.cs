using System.Diagnostics;
using System.Text;

namespace PaperSite.Tests.Support;

/// <summary>Runs node with the theme's lunr.js (theme/node_modules/lunr) for live comparisons.</summary>
internal static class NodeRunner
{
    private static readonly Lazy<string?> Unavailable = new(FindProblem);

    /// <summary>The lunr package directory the reference script loads.</summary>
    public static string LunrDirectory => Path.Combine(RepoPaths.Theme, "node_modules", "lunr");

    /// <summary>The reference script that runs lunr.js.</summary>
    public static string ReferenceScript => Path.Combine(RepoPaths.Root, "tests", "PaperSite.Lunr.Tests", "lunr-reference.js");

    /// <summary>Why live tests cannot run, or null when node and lunr are both there.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    /// <summary>Runs node with the arguments; throws with stderr when it fails.</summary>
    public static string Run(IEnumerable<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        if (standardInput is not null)
        {
            var input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
            input.Write(standardInput);
            input.Close();
        }

        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited {process.ExitCode}: {errors.Result}");
        }

        return output;
    }

    /// <summary>Runs a mode of the reference script: <c>node lunr-reference.js mode lunrDir args...</c>.</summary>
    public static string RunReference(string mode, IEnumerable<string> arguments, string? standardInput = null)
    {
        return Run(new[] { ReferenceScript, mode, LunrDirectory }.Concat(arguments), standardInput);
    }

    private static string? FindProblem()
    {
        if (!Directory.Exists(LunrDirectory))
        {
            return "theme/node_modules/lunr is missing (run `npm ci` in theme/)";
        }

        try
        {
            Run(["--version"]);
            return null;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "node is not on PATH: " + exception.Message;
        }
    }
}

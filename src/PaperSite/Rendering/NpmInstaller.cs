using System.Diagnostics;
using PaperSite.Diagnostics;

namespace PaperSite.Rendering;

/// <summary>Runs <c>npm ci</c> in the theme when its <c>node_modules/</c> is missing, so a fresh clone builds in one command.</summary>
internal static class NpmInstaller
{
    private static readonly Lock Gate = new();

    /// <summary>Installs the theme's locked npm packages unless <c>node_modules/</c> exists.</summary>
    /// <exception cref="PaperSiteException">npm is missing or the install failed.</exception>
    public static void EnsureInstalled(string themeDir)
    {
        lock (Gate)
        {
            if (Directory.Exists(Path.Combine(themeDir, "node_modules")))
            {
                return;
            }

            var hasLock = File.Exists(Path.Combine(themeDir, "package-lock.json"));
            Run(themeDir, hasLock ? "ci" : "install");
        }
    }

    private static void Run(string themeDir, string verb)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = themeDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A theme can come from anywhere, and npm runs the install scripts of its package.json and of
        // every package it installs: a build only copies files out of node_modules, and runs no script.
        foreach (var arg in new[] { verb, "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new PaperSiteException("theme/package.json", null, "theme/node_modules is missing and npm was not found; install Node.js, or run 'npm ci' in theme/");
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new PaperSiteException("theme/package.json", null, $"'npm {verb}' failed in theme/: {stderr.Result.Trim()}");
            }
        }
    }
}

using System.Diagnostics;

namespace PaperSite.Tests.Checking;

/// <summary>Runs the real <c>papersite</c> executable, so exit codes and output are what a shell sees.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void A_clean_site_exits_0()
    {
        using var site = TestSite.Clean();

        var (code, stdout, _) = Papersite("check", "--output", site.Dir, "--base-url", site.BaseUrl);

        Assert.Equal(0, code);
        Assert.Equal("checked 7 pages, 2 feeds: no problems", stdout.Trim());
    }

    [Fact]
    public void A_site_with_problems_exits_1_and_lists_them()
    {
        using var site = TestSite.Clean().Delete(".nojekyll").Page("papers/bert/index.html", """<a href="/papers/x/">x</a>""");

        var (code, stdout, _) = Papersite("check", "--output", site.Dir, "--base-url", site.BaseUrl);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                ".nojekyll: missing-file: is missing from the output root",
                "papers/bert/index.html: escapes-base-path: <a href> points outside the base path /repo/ (/papers/x/)",
                "2 problems in 2 files",
            ],
            stdout.Trim().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void The_base_url_comes_from_site_yml_when_not_given()
    {
        using var site = TestSite.Clean();
        var input = site.Dir + "-input";
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "site.yml"), "base_url: https://example.org/\n");
        try
        {
            // Built for /repo/ but configured for /, so every /repo/ link escapes the base path.
            var (code, stdout, _) = Papersite("check", "--output", site.Dir, "--input", input);

            Assert.Equal(1, code);
            Assert.Contains("index.html: escapes-base-path:", stdout);
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void A_missing_output_folder_exits_1_with_one_line()
    {
        var (code, stdout, stderr) = Papersite("check", "--output", "/no/such/site", "--base-url", "https://owner.github.io/repo/");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal("/no/such/site: error: the output folder does not exist; build the site first", stderr.Trim());
    }

    private static (int Code, string Stdout, string Stderr) Papersite(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "papersite.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}

using System.Net;
using System.Net.Sockets;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Serving;

/// <summary><c>papersite serve</c> refuses what it cannot do with one clear line, never a stack trace or an endless loop.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("70000")]
    [InlineData("65536")]
    [InlineData("-1")]
    public void A_port_out_of_range_is_one_clear_error(string port)
    {
        using var input = new InputCopy(withDumps: false);

        var result = CliRunner.Run(input.Root, "serve", "--port", port);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"--port must be between 1 and 65535 (or 0 for any free port), not {port}.", result.Stderr);
        AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("http://127.0.0.1/?a")]
    [InlineData("ftp://example.org/")]
    public void A_base_url_that_cannot_be_a_site_is_one_clear_error(string baseUrl)
    {
        using var input = new InputCopy(withDumps: false);

        var result = CliRunner.Run(input.Root, "serve", "--port", "0", "--base-url", baseUrl);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"--base-url: error: base URL '{baseUrl}'", result.Stderr.Trim(), StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void A_port_in_use_is_one_clear_error()
    {
        using var input = new InputCopy(withDumps: false);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(input.Root, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: port {port} on 127.0.0.1 is already in use; stop what uses it or choose another port with --port.", result.Stderr.Trim());
        AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("input/site", "input")]
    [InlineData("input", "input")]
    [InlineData("theme/preview", "theme")]
    public void An_output_inside_a_watched_folder_is_refused_instead_of_rebuilding_forever(string output, string watched)
    {
        using var input = new InputCopy(withDumps: false);

        var result = CliRunner.Run(input.Root, "serve", "--port", "0", "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{output}: error: the output folder is inside {watched}, which serve watches for changes: every build would start another. Choose an --output outside {watched}.", result.Stderr.Trim());
        Assert.False(Directory.Exists(Path.Combine(input.Root, output, "papers")), "the site was built into the watched folder");
    }

    [Fact]
    public void An_output_linked_into_a_watched_folder_is_refused()
    {
        using var input = new InputCopy(withDumps: false);
        Directory.CreateDirectory(Path.Combine(input.Input, "built"));
        Directory.CreateSymbolicLink(Path.Combine(input.Root, "linked"), "input/built");

        var result = CliRunner.Run(input.Root, "serve", "--port", "0", "--output", "linked/site");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the output folder is inside input", result.Stderr);
    }

    private static void AssertNoStackTrace(CliRunner.Result result)
    {
        Assert.DoesNotContain("Exception", result.Stderr + result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout);
    }
}

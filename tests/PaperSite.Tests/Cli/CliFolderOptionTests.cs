using PaperSite.Tests.Support;

namespace PaperSite.Tests.Cli;

/// <summary>A folder option given an empty string (a script's unset variable) is one usage error, never a stack trace.</summary>
public sealed class CliFolderOptionTests
{
    [Theory]
    [InlineData("build", "--output")]
    [InlineData("build", "--input")]
    [InlineData("build", "--theme")]
    [InlineData("serve", "--output")]
    [InlineData("serve", "--theme")]
    [InlineData("check", "--output")]
    public void An_empty_folder_is_one_usage_error(string command, string option)
    {
        using var input = new InputCopy();

        var result = CliRunner.Run(input.Root, command == "serve" ? [command, option, "", "--port", "0"] : [command, option, ""]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{option} must name a folder, not an empty string.", result.Stderr);
        Assert.DoesNotContain("Unhandled exception", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(input.Output));
    }
}

using PaperSite.FileSystem;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>Links are resolved as the OS follows them, so no spelling of a path leads out of the project unseen.</summary>
public sealed class InputFilesTests
{
    [Fact]
    public void Dot_dot_after_a_link_goes_up_from_where_the_link_leads()
    {
        using var dir = new TempDir();
        dir.Write("outside/deep/x.txt", "x");
        var secret = dir.Write("outside/secret.txt", "secret");
        Directory.CreateDirectory(dir.Combine("input", "pages"));
        Directory.CreateSymbolicLink(dir.Combine("input", "pages", "sub"), dir.Combine("outside", "deep"));
        // Read lexically, "sub/.." is pages/ and the file is input/secret.txt, inside the input.
        File.CreateSymbolicLink(dir.Combine("input", "pages", "leak.md"), "sub/../secret.txt");

        Assert.Equal(secret, RealPath.Of(dir.Combine("input", "pages", "leak.md")));
        Assert.StartsWith("is a symbolic link to " + secret, InputFiles.Refusal(dir.Combine("input", "pages", "leak.md"), RealPath.Of(dir.Combine("input"))!));
    }

    [Fact]
    public void Links_in_a_loop_lead_nowhere()
    {
        using var dir = new TempDir();
        File.CreateSymbolicLink(dir.Combine("a"), dir.Combine("b"));
        File.CreateSymbolicLink(dir.Combine("b"), dir.Combine("a"));

        Assert.Null(RealPath.Of(dir.Combine("a")));
        Assert.Equal("is a symbolic link to a file that does not exist; skipped", InputFiles.Refusal(dir.Combine("a"), dir.Path));
    }
}

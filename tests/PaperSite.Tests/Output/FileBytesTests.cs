using System.Text;
using PaperSite.Output;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Output;

/// <summary>Files are written whole without being truncated to nothing first; what is left is exactly the new bytes.</summary>
public sealed class FileBytesTests
{
    [Theory]
    [InlineData("a much longer old text", "short")]
    [InlineData("short", "a much longer new text")]
    [InlineData("same length", "SAME LENGTH")]
    public void Overwriting_leaves_exactly_the_new_bytes(string old, string written)
    {
        using var dir = new TempDir();
        dir.Write("file.txt", old);

        FileBytes.Overwrite(dir.Combine("file.txt"), Encoding.UTF8.GetBytes(written));

        Assert.Equal(written, File.ReadAllText(dir.Combine("file.txt")));
    }

    [Fact]
    public void Overwriting_a_missing_file_creates_it()
    {
        using var dir = new TempDir();

        FileBytes.Overwrite(dir.Combine("new.txt"), "fresh"u8);

        Assert.Equal("fresh", File.ReadAllText(dir.Combine("new.txt")));
    }

    [Fact]
    public void Writing_new_creates_the_file_and_refuses_one_that_exists()
    {
        using var dir = new TempDir();

        FileBytes.WriteNew(dir.Combine("new.txt"), "first"u8);

        Assert.Equal("first", File.ReadAllText(dir.Combine("new.txt")));
        Assert.Throws<IOException>(() => FileBytes.WriteNew(dir.Combine("new.txt"), "second"u8));
        Assert.Equal("first", File.ReadAllText(dir.Combine("new.txt")));
    }
}

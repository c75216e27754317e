using System.Text;
using PaperSite.Output;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Output;

/// <summary>Files are written whole and renamed over the old ones; what is left is exactly the old or the new bytes.</summary>
public sealed class FileBytesTests
{
    [Theory]
    [InlineData("a much longer old text", "short")]
    [InlineData("short", "a much longer new text")]
    [InlineData("same length", "SAME LENGTH")]
    public void Replacing_leaves_exactly_the_new_bytes(string old, string written)
    {
        using var dir = new TempDir();
        dir.Write("file.txt", old);

        FileBytes.Replace(dir.Combine("file.txt"), Encoding.UTF8.GetBytes(written), dir.Combine("file.tmp"));

        Assert.Equal(written, File.ReadAllText(dir.Combine("file.txt")));
        Assert.False(File.Exists(dir.Combine("file.tmp")));
    }

    [Fact]
    public void A_replacement_stopped_half_way_leaves_the_old_file_whole()
    {
        using var dir = new TempDir();
        dir.Write("file.txt", "the old text");

        using (WriteFaults.Arm(_ => throw new IOException("No space left on device")))
        {
            Assert.Throws<IOException>(() => FileBytes.Replace(dir.Combine("file.txt"), Encoding.UTF8.GetBytes("a much longer new text"), dir.Combine("file.tmp")));
        }

        Assert.Equal("the old text", File.ReadAllText(dir.Combine("file.txt")));
    }

    [Fact]
    public void Replacing_a_missing_file_creates_it()
    {
        using var dir = new TempDir();

        FileBytes.Replace(dir.Combine("new.txt"), "fresh"u8, dir.Combine("new.tmp"));

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

    [Theory]
    [InlineData("a much longer old text", "short", true)]
    [InlineData("same length", "SAME LENGTH", true)]
    [InlineData("short", "a much longer new text", false)]
    public void Only_bytes_no_longer_than_the_old_file_are_written_over_it_in_place(string old, string written, bool inPlace)
    {
        using var dir = new TempDir();
        dir.Write("file.txt", old);

        Assert.Equal(inPlace, FileBytes.TryOverwrite(dir.Combine("file.txt"), Encoding.UTF8.GetBytes(written)));

        Assert.Equal(inPlace ? written : old, File.ReadAllText(dir.Combine("file.txt")));
    }
}

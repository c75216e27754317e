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

    [Fact]
    public void A_file_with_one_name_is_overwritten_in_place()
    {
        using var dir = new TempDir();
        var path = dir.Write("file.txt", "the old text");
        var before = FileId(path);

        Assert.True(FileBytes.TryOverwrite(path, Encoding.UTF8.GetBytes("new")));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(before, FileId(path));
    }

    [Fact]
    public void A_hard_linked_file_is_not_overwritten_in_place_so_its_other_name_keeps_its_bytes()
    {
        using var dir = new TempDir();
        var path = dir.Write("out/file.txt", "the old text");
        var backup = dir.Combine("backup.txt");
        HardLink(path, backup);

        Assert.False(FileBytes.TryOverwrite(path, Encoding.UTF8.GetBytes("new")));

        Assert.Equal("the old text", File.ReadAllText(backup));
        Assert.Equal("the old text", File.ReadAllText(path));
    }

    internal static void HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    /// <summary>The inode number, as <c>stat</c> prints it: the same number is the same file, not a new one renamed in.</summary>
    private static string FileId(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true };
        using var stat = System.Diagnostics.Process.Start(start)!;
        var id = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return id;
    }
}

using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Output;

public sealed class OutputSyncTests
{
    private static OutputFile File(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Writes_only_changed_files_and_removes_stale_ones()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        OutputSync.Sync(output, [File("a/index.html", "A"), File("b.txt", "B"), File("old/gone.html", "old")]);
        var keptTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(Path.Combine(output, "a/index.html"), keptTime);

        var result = OutputSync.Sync(output, [File("a/index.html", "A"), File("b.txt", "B2"), File("c.txt", "C")]);

        Assert.Equal(new SyncResult(Written: 2, Unchanged: 1, Deleted: 1), result);
        Assert.Equal(keptTime, System.IO.File.GetLastWriteTimeUtc(Path.Combine(output, "a/index.html")));
        Assert.Equal("B2", System.IO.File.ReadAllText(Path.Combine(output, "b.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
    }

    [Fact]
    public void Refuses_to_clean_a_folder_it_did_not_write()
    {
        using var dir = new TempDir();
        dir.Write("precious/notes.txt", "mine");
        var e = Assert.Throws<PaperSiteException>(() => OutputSync.Sync(dir.Combine("precious"), [File("index.html", "x")]));
        Assert.Contains("not written by PaperSite", e.Message);
        Assert.Equal("mine", System.IO.File.ReadAllText(dir.Combine("precious", "notes.txt")));
    }
}

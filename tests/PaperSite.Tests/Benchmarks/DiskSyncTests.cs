using PaperSite.Benchmarks;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Benchmarks;

/// <summary>The benchmark flushes pending writes before each measured build, through the OS's own call.</summary>
public sealed class DiskSyncTests
{
    [Fact]
    public void Flushing_reaches_the_os_and_leaves_files_as_written()
    {
        using var dir = new TempDir();
        dir.Write("pending.txt", "written just before");

        DiskSync.FlushAll();

        Assert.Equal("written just before", File.ReadAllText(dir.Combine("pending.txt")));
    }
}

using PaperSite.Pipeline;
using PaperSite.Server;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Serving;

/// <summary>The rebuild loop survives whatever a build throws, and says it in one line.</summary>
public sealed class RebuildLoopTests
{
    private static BuildReport Crash() =>
        throw new InvalidOperationException("Sequence contains no elements.\nSecond line of the message.");

    [Fact]
    public void An_unexpected_exception_becomes_a_one_line_error()
    {
        using var loop = new RebuildLoop(Crash, [], TimeSpan.FromMilliseconds(50));
        string? error = null;
        loop.Rebuilt += (report, message) => error = report is null ? message : "built";

        loop.RebuildNow();

        Assert.Equal("unexpected error (InvalidOperationException): Sequence contains no elements. Second line of the message.", error);
    }

    [Fact]
    public async Task A_rebuild_started_by_a_change_that_throws_leaves_the_loop_watching()
    {
        using var dir = new TempDir();
        var errors = new SemaphoreSlim(0);
        using var loop = new RebuildLoop(Crash, [dir.Path], TimeSpan.FromMilliseconds(50));
        loop.Rebuilt += (_, error) =>
        {
            if (error is not null)
            {
                errors.Release();
            }
        };

        dir.Write("first.txt", "a change");
        Assert.True(await errors.WaitAsync(TimeSpan.FromSeconds(30)), "no rebuild after the first change");
        dir.Write("second.txt", "another change");
        Assert.True(await errors.WaitAsync(TimeSpan.FromSeconds(30)), "no rebuild after the second change");
    }
}

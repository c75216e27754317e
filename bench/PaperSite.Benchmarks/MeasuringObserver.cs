using System.Diagnostics;
using PaperSite.Pipeline;

namespace PaperSite.Benchmarks;

/// <summary>
/// Records each stage's time, allocations and the working set after it, to show where a build's
/// memory goes. Allocations are the process's while the stage ran, so stages that overlap (related
/// papers, beside topics and then plan) each count what the other allocated meanwhile.
/// </summary>
internal sealed class MeasuringObserver : IBuildObserver
{
    private readonly List<StageMeasurement> _stages = [];
    private readonly Dictionary<string, long> _allocatedAtStart = new(StringComparer.Ordinal);
    private readonly List<string> _started = [];

    /// <summary>
    /// The stages measured so far, in the order they started: the pipeline's order, but for stages
    /// that run side by side (related papers, beside topics and plan), which may start in any order.
    /// </summary>
    public IReadOnlyList<StageMeasurement> Stages => _stages.OrderBy(s => _started.IndexOf(s.Stage)).ToList();

    /// <inheritdoc />
    public void StageStarted(string stage)
    {
        _started.Add(stage);
        _allocatedAtStart[stage] = GC.GetTotalAllocatedBytes();
    }

    /// <inheritdoc />
    public void StageFinished(StageTiming timing, string summary) => Add(timing.Stage, timing.Elapsed);

    /// <summary>Records a step that is not a pipeline stage (the separate check), measured the same way.</summary>
    public void Measure(string stage, Action step)
    {
        StageStarted(stage);
        var clock = Stopwatch.StartNew();
        step();
        Add(stage, clock.Elapsed);
    }

    private void Add(string stage, TimeSpan elapsed)
    {
        using var process = Process.GetCurrentProcess();
        _stages.Add(new StageMeasurement(stage, elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes() - _allocatedAtStart[stage], process.WorkingSet64));
    }
}

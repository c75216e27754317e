using PaperSite.Checking;
using PaperSite.Diagnostics;
using PaperSite.Output;

namespace PaperSite.Pipeline;

/// <summary>What a build did: counts, warnings, time per stage.</summary>
/// <param name="Dumps">Dump files parsed.</param>
/// <param name="Entries">Entries in them.</param>
/// <param name="Papers">Distinct papers.</param>
/// <param name="Topics">Topics with pages (including "Other" when used).</param>
/// <param name="Pages">HTML pages.</param>
/// <param name="Files">All files of the site.</param>
/// <param name="Sync">What changed in the output folder.</param>
/// <param name="Warnings">Warnings about the input, and about the site when it nears GitHub Pages' size limit; sorted.</param>
/// <param name="Timings">Time per stage, in the order they finished (topics and related overlap).</param>
/// <param name="Elapsed">Wall time of the whole build, check included.</param>
internal sealed record BuildReport(
    int Dumps,
    int Entries,
    int Papers,
    int Topics,
    int Pages,
    int Files,
    SyncResult Sync,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<StageTiming> Timings,
    TimeSpan Elapsed)
{
    /// <summary>What the checks found in the written site; null when they were skipped.</summary>
    public CheckReport? Check { get; init; }

}

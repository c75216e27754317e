namespace PaperSite.Benchmarks;

/// <summary>One build measured in a process of its own, so the peak memory is this build's alone.</summary>
/// <param name="Dumps">Dump files parsed.</param>
/// <param name="Entries">Entries in them.</param>
/// <param name="Papers">Distinct papers.</param>
/// <param name="Pages">HTML pages.</param>
/// <param name="Files">All files of the site.</param>
/// <param name="Written">Files created or changed in the output folder.</param>
/// <param name="Unchanged">Files left alone because their bytes were already right.</param>
/// <param name="Removed">Stale files deleted.</param>
/// <param name="Warnings">Warnings about the input.</param>
/// <param name="Stages">The build's stages, then <c>check</c> when the site was checked.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set when the build (before the check) finished.</param>
/// <param name="CheckProblems">Problems the check found; null when the site was not checked.</param>
/// <param name="PeakWorkingSetWithCheckBytes">The peak after the check too; null when the site was not checked.</param>
/// <param name="BuildMilliseconds">Wall time of the build, without the check (less than the sum of its stages, which overlap).</param>
/// <param name="BuildAllocatedBytes">Managed memory the build allocated, without the check.</param>
internal sealed record BuildMeasurement(
    int Dumps,
    int Entries,
    int Papers,
    int Pages,
    int Files,
    int Written,
    int Unchanged,
    int Removed,
    int Warnings,
    IReadOnlyList<StageMeasurement> Stages,
    long PeakWorkingSetBytes,
    int? CheckProblems,
    long? PeakWorkingSetWithCheckBytes,
    double BuildMilliseconds,
    long BuildAllocatedBytes)
{
    /// <summary>The name of the separately measured check step in <see cref="Stages"/>.</summary>
    public const string CheckStage = "check";

    /// <summary>The check's measurement; null when the site was not checked.</summary>
    public StageMeasurement? Check => Stages.FirstOrDefault(s => s.Stage == CheckStage);

}

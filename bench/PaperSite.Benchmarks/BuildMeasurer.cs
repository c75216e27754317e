using System.Diagnostics;
using PaperSite.Checking;
using PaperSite.Configuration;
using PaperSite.Pipeline;

namespace PaperSite.Benchmarks;

/// <summary>Builds a site once and measures it: each stage, then the site check as a step of its own.</summary>
internal static class BuildMeasurer
{
    /// <summary>Builds with <paramref name="options"/> (never checking inside the build) and checks after when asked.</summary>
    /// <exception cref="Diagnostics.PaperSiteException">The input, theme or output folder has a problem the user must fix.</exception>
    public static BuildMeasurement Measure(BuildOptions options, bool check)
    {
        var observer = new MeasuringObserver();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var report = SiteBuilder.Build(options with { Check = false }, observer);
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var peakBuild = PeakWorkingSet();
        CheckReport? checkReport = null;
        if (check)
        {
            var baseUrl = options.BaseUrl ?? SiteConfigLoader.Load(options.InputDir).BaseUrl;
            observer.Measure(BuildMeasurement.CheckStage, () => checkReport = SiteChecker.Check(options.OutputDir, baseUrl));
        }

        return new BuildMeasurement(
            report.Dumps,
            report.Entries,
            report.Papers,
            report.Pages,
            report.Files,
            report.Sync.Written,
            report.Sync.Unchanged,
            report.Sync.Deleted,
            report.Warnings.Count,
            observer.Stages,
            peakBuild,
            checkReport?.Problems.Count,
            check ? PeakSince(peakBuild) : null,
            report.Elapsed.TotalMilliseconds,
            allocated);
    }

    // Linux sums the peak (VmHWM) from per-CPU counters lazily: when memory is given back, the peak
    // it records can come out a few pages below an earlier reading of it.
    private static long PeakSince(long earlierPeak) => Math.Max(earlierPeak, PeakWorkingSet());

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}

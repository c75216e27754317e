using System.Diagnostics;
using System.Runtime.ExceptionServices;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pipeline.Stages;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>
/// The build: read → parse → merge → topics and then plan, with related papers found beside them →
/// render → write → check. Nothing touches the output folder before the write stage, so a failed
/// build leaves the last site as it was.
/// </summary>
internal static class SiteBuilder
{
    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    /// <exception cref="Diagnostics.PaperSiteException">The input, theme or output folder has a problem the user must fix.</exception>
    public static BuildReport Build(BuildOptions options, IBuildObserver? observer = null)
    {
        // Before anything is written beside a folder the build may not write to (the cache, the lock).
        OutputSync.GuardForeignFolder(options.OutputDir);
        using var outputLock = OutputLock.Take(options.OutputDir, options.LockWait);
        var context = new BuildContext(options, observer ?? SilentObserver.Instance);
        try
        {
            return Run(context);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Parallel stages wrap a user error; surface the first one as it was thrown.
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>
    /// Assigns topics and plans the site while <paramref name="related"/> papers are found, and waits
    /// for those either way: planning needs no paper's related papers, only rendering does.
    /// </summary>
    private static (SiteContent Content, Task<OutputManifest> LastBuild, SitePlan Plan) PlanBeside(
        Task<RelatedPapers> related, BuildContext context, SiteInputs inputs, PaperCatalog catalog, ScribanRenderer renderer)
    {
        try
        {
            var content = context.Run(new AssignTopicsStage(), (inputs, catalog));
            var lastBuild = RenderStage.LoadLastBuild(context.Options.OutputDir);
            return (content, lastBuild, context.Run(new PlanSiteStage(renderer, () => related.GetAwaiter().GetResult()), (inputs, content)));
        }
        finally
        {
            // Also when topics or planning fail: the related stage writes to the cache, so it must
            // not outlive the build (the preview server builds again in the same process).
            WaitQuietly(related);
        }
    }

    /// <summary>Waits for <paramref name="task"/> to end; its failure, if any, is for whoever asks for its result.</summary>
    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Reported where the result is asked for, unless an earlier failure is being reported.
        }
    }

    private static void WarnOfSize(RenderedSite site, BuildContext context)
    {
        var outputName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(context.Options.OutputDir))) + "/";
        if (PagesSizeLimit.Check(site.Files, outputName, context.Options.PagesLimit) is { } warning)
        {
            context.Diagnostics.Report([warning]);
        }
    }

    private static BuildReport Run(BuildContext context)
    {
        var clock = Stopwatch.StartNew();
        var inputs = context.Run(new ReadInputsStage(), context.Options);
        var renderer = PlanSiteStage.CompileTheme(inputs);
        var dumps = context.Run(new ParseDumpsStage(), inputs);
        var catalog = context.Run(new MergePapersStage(inputs.Config.Digests), dumps);
        // Related papers need the papers' text, not their topics, and only rendering needs them:
        // they are found beside the topics and then the planning, each using the core the other
        // leaves idle in its single-threaded steps. Rendering starts once they are found.
        var related = Task.Run(() => context.Run(new RelatedPapersStage(), (inputs.Config, catalog)));
        var (content, lastBuild, plan) = PlanBeside(related, context, inputs, catalog, renderer);
        related.GetAwaiter().GetResult();
        using var staging = new StagingArea(context.Options.OutputDir);
        var site = context.Run(new RenderStage(staging, lastBuild), plan);
        var sync = context.Run(new WriteOutputStage(inputs.Urls.BaseUrl), site);
        WarnOfSize(site, context);
        var check = context.Options.Check ? context.Run(new CheckSiteStage(), (site, sync, inputs.Urls.BaseUrl)) : null;
        return new BuildReport(
            dumps.Count,
            dumps.Sum(d => d.Entries.Count),
            content.Catalog.Papers.Count,
            content.Topics.Count,
            plan.Pages.Count,
            site.Files.Count,
            sync,
            context.Diagnostics.Sorted(),
            context.Timings,
            clock.Elapsed)
        {
            Check = check,
        };
    }
}

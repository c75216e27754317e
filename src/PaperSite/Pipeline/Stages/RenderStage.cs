using PaperSite.Output;
using PaperSite.Pages;
using PaperSite.Rendering;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Renders every page and produces every other file, in parallel. A file whose bytes match the
/// last build is only hashed; a changed one is staged. Memory stays bounded by the files in flight,
/// not the size of the site.
/// </summary>
internal sealed class RenderStage : IBuildStage<SitePlan, RenderedSite>
{
    private readonly StagingArea _staging;
    private readonly Task<OutputManifest> _lastBuild;

    /// <summary>Creates the stage; changed files go to <paramref name="staging"/>.</summary>
    /// <param name="staging">Where changed files wait.</param>
    /// <param name="lastBuild">The output folder's manifest, loading since the site began to be planned (see <see cref="LoadLastBuild"/>).</param>
    public RenderStage(StagingArea staging, Task<OutputManifest> lastBuild)
    {
        _staging = staging;
        _lastBuild = lastBuild;
    }

    /// <summary>
    /// Starts reading the last build's manifest and looking for its files on disk, a system call per
    /// file of the site: on another thread while the site is planned (beside the end of the related
    /// papers' stage). Started earlier, it slowed reading the input, which keeps both cores busy.
    /// </summary>
    public static Task<OutputManifest> LoadLastBuild(string outputDir) => Task.Run(() => OutputManifest.Load(outputDir));

    /// <inheritdoc />
    public string Name => "render";

    /// <inheritdoc />
    public RenderedSite Run(SitePlan plan, BuildContext context)
    {
        using var stager = new OutputStager(context.Options.OutputDir, _staging, _lastBuild.GetAwaiter().GetResult());

        // Files first: one of them (the search index) is the longest job, so it starts early.
        var jobs = plan.Files.Select(f => (Action)(() => Produce(stager, f)))
            .Concat(plan.Pages.Select(p => (Action)(() => Render(stager, plan.Renderer, p))))
            .ToList();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job => job());
        return stager.Finish();
    }

    private static void Produce(OutputStager stager, FileJob job)
    {
        if (job.Key is null || !stager.TryReuse(job.OutputPath, job.Key))
        {
            stager.Add(job.OutputPath, job.Produce(), job.Key);
        }
    }

    private static void Render(OutputStager stager, ITemplateRenderer renderer, PageJob job)
    {
        // A page's bytes follow from the theme, its layout and its model, or what its model is made
        // from: the same, the same page. Keyed by its inputs, an unchanged page's model is never made.
        var model = job.MakeInputs is null ? job.MakeModel() : null;
        var key = PageKey.Of($"{renderer.Fingerprint}\n{job.Layout}\n{(model is null ? "inputs" : "model")}\n", job.MakeInputs?.Invoke() ?? model!);
        if (!stager.TryReuse(job.OutputPath, key))
        {
            stager.Add(job.OutputPath, renderer.Render(job.Layout, model ?? job.MakeModel()), key);
        }
    }

    /// <inheritdoc />
    public string Describe(RenderedSite output) =>
        $"{output.Files.Count} files, {output.Files.Sum(f => f.Length) / 1024} KiB, {output.Changed.Count} changed";
}

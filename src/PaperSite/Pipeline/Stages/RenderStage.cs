using System.Text;
using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Renders every page and produces every other file, in parallel. A file whose bytes match the
/// last build is only hashed; a changed one is staged. Memory stays bounded by the files in flight,
/// not the size of the site.
/// </summary>
public sealed class RenderStage : IBuildStage<SitePlan, RenderedSite>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StagingArea _staging;

    /// <summary>Creates the stage; changed files go to <paramref name="staging"/>.</summary>
    public RenderStage(StagingArea staging) => _staging = staging;

    /// <inheritdoc />
    public string Name => "render";

    /// <inheritdoc />
    public RenderedSite Run(SitePlan plan, BuildContext context)
    {
        using var stager = new OutputStager(context.Options.OutputDir, _staging);

        // Files first: one of them (the search index) is the longest job, so it starts early.
        var jobs = plan.Files.Select(f => (f.OutputPath, Make: f.Produce))
            .Concat(plan.Pages.Select(p => (p.OutputPath, Make: (Func<byte[]>)(() => Utf8.GetBytes(plan.Renderer.Render(p.Layout, p.MakeModel()))))))
            .ToList();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job => stager.Add(job.OutputPath, job.Make()));
        return stager.Finish();
    }

    /// <inheritdoc />
    public string Describe(RenderedSite output) =>
        $"{output.Files.Count} files, {output.Files.Sum(f => f.Length) / 1024} KiB, {output.Changed.Count} changed";
}

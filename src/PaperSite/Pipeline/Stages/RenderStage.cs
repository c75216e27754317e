using System.Text;
using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>Renders every page and produces every other file, in parallel; the result is sorted by path.</summary>
public sealed class RenderStage : IBuildStage<SitePlan, IReadOnlyList<OutputFile>>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public string Name => "render";

    /// <inheritdoc />
    public IReadOnlyList<OutputFile> Run(SitePlan plan, BuildContext context)
    {
        // Files first: one of them (the search index) is the longest job, so it starts early.
        var jobs = plan.Files.Select(f => (f.OutputPath, Make: f.Produce))
            .Concat(plan.Pages.Select(p => (p.OutputPath, Make: (Func<byte[]>)(() => Utf8.GetBytes(plan.Renderer.Render(p.Layout, p.Model))))))
            .ToList();
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i => files[i] = new OutputFile(jobs[i].OutputPath, jobs[i].Make()));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public string Describe(IReadOnlyList<OutputFile> output) =>
        $"{output.Count} files, {output.Sum(f => (long)f.Bytes.Length) / 1024} KiB";
}

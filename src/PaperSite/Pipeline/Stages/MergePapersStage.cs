using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Pipeline.Stages;

/// <summary>Merges entries with the same title into papers, and dumps into digests.</summary>
public sealed class MergePapersStage : IBuildStage<IReadOnlyList<Dump>, PaperCatalog>
{
    /// <inheritdoc />
    public string Name => "merge";

    /// <inheritdoc />
    public PaperCatalog Run(IReadOnlyList<Dump> input, BuildContext context) => PaperMerger.Merge(input);

    /// <inheritdoc />
    public string Describe(PaperCatalog output) => $"{output.Papers.Count} papers in {output.Digests.Count} digests";
}

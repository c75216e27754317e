using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Pipeline.Stages;

/// <summary>Merges entries with the same title into papers, and dumps into digests.</summary>
/// <param name="digestTitles">The <c>digests:</c> titles of site.yml.</param>
internal sealed class MergePapersStage(IReadOnlyDictionary<string, string> digestTitles) : IBuildStage<IReadOnlyList<Dump>, PaperCatalog>
{
    /// <inheritdoc />
    public string Name => "merge";

    /// <inheritdoc />
    public PaperCatalog Run(IReadOnlyList<Dump> input, BuildContext context)
    {
        foreach (var name in DigestNaming.Unused(digestTitles, input))
        {
            context.Diagnostics.Warn(SiteConfigLoader.FileName, null, $"digests: no dump is named '{name}', so its title is not used");
        }

        return PaperMerger.Merge(input, digestTitles, context.Diagnostics);
    }

    /// <inheritdoc />
    public string Describe(PaperCatalog output) => $"{output.Papers.Count} papers in {output.Digests.Count} digests";
}

using PaperSite.Lunr;

namespace PaperSite.Search;

/// <summary>Papers' lunr analyses kept from the last build: by searchable-text hash, terms numbered in <see cref="Vocabulary"/>.</summary>
/// <param name="Vocabulary">The terms by number.</param>
/// <param name="Papers">Each paper's fields, by the hash of its searchable text.</param>
internal sealed record KeptAnalyses(IReadOnlyList<string> Vocabulary, IReadOnlyDictionary<UInt128, IReadOnlyList<LunrFieldAnalysis>> Papers)
{
    /// <summary>No analyses kept.</summary>
    public static KeptAnalyses None { get; } = new([], new Dictionary<UInt128, IReadOnlyList<LunrFieldAnalysis>>());
}

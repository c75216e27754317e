using System.Collections.Immutable;

namespace PaperSite.Lunr;

/// <summary>
/// One field of one document after lunr's tokenizer and pipeline: what an index needs of it, so that a
/// caller can keep it and index the document again without analysing its text (see
/// <see cref="LunrIndexBuilder.Combine"/>). Terms are numbers in a vocabulary (<see cref="LunrAnalysis.Vocabulary"/>).
/// </summary>
/// <param name="Length">The field's length: terms kept by the pipeline, repeats counted.</param>
/// <param name="Terms">Its distinct terms' numbers, in the order the field first has them (lunr numbers terms in that order).</param>
/// <param name="Counts">How often each term occurs; they add up to <paramref name="Length"/>.</param>
public sealed record LunrFieldAnalysis(int Length, ImmutableArray<int> Terms, ImmutableArray<int> Counts)
{
    /// <summary>A missing or empty field.</summary>
    public static LunrFieldAnalysis Empty { get; } = new(0, [], []);
}

namespace PaperSite.Lunr;

/// <summary>A document whose fields were analysed before: its ref, its fields in <see cref="LunrIndexBuilder.Fields"/> order with the vocabulary their term numbers refer to, and its boost.</summary>
/// <param name="Ref">The document reference lunr returns from searches.</param>
/// <param name="Vocabulary">The terms by number; documents analysed together share one instance, which <see cref="LunrIndexBuilder.Combine"/> reads once.</param>
/// <param name="Fields">One analysis per declared field, in the builder's field order.</param>
/// <param name="Boost">Multiplies every score of this document; lunr treats 0 (and NaN) as 1.</param>
public sealed record LunrAnalysedDocument(string Ref, IReadOnlyList<string> Vocabulary, IReadOnlyList<LunrFieldAnalysis> Fields, double Boost = 1)
{
    /// <summary>The boost lunr actually applies: <c>boost || 1</c>.</summary>
    internal double EffectiveBoost => LunrScoring.EffectiveBoost(Boost);
}

namespace PaperSite.Lunr;

/// <summary>A document to index: its ref, its field values by name, and an optional document boost.</summary>
/// <param name="Ref">The document reference lunr returns from searches (JavaScript string form of the ref).</param>
/// <param name="Fields">Field values by field name; an absent name is a missing field.</param>
/// <param name="Boost">Multiplies every score of this document; lunr treats 0 (and NaN) as 1.</param>
public sealed record LunrDocument(string Ref, IReadOnlyDictionary<string, LunrValue> Fields, double Boost = 1)
{
    /// <summary>The boost lunr actually applies: <c>boost || 1</c>.</summary>
    internal double EffectiveBoost => LunrScoring.EffectiveBoost(Boost);

    /// <summary>The value of field <paramref name="name"/>, or <see cref="LunrValue.Missing"/>.</summary>
    public LunrValue Get(string name)
    {
        return Fields.TryGetValue(name, out var value) ? value : LunrValue.Missing;
    }
}

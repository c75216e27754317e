namespace PaperSite.Lunr;

/// <summary>
/// A field to index, as <c>builder.field(name, { boost, extractor })</c> declares it. Without an extractor the
/// value is the document's field of the same name. An extractor may run on several threads at once.
/// </summary>
/// <param name="Name">The field name; lunr forbids <c>/</c> because field refs are <c>"field/docRef"</c>.</param>
/// <param name="Boost">Multiplies every score in this field; lunr treats 0 (and NaN) as 1 (<c>boost || 1</c>).</param>
/// <param name="Extractor">Computes the value from the document instead of looking the name up.</param>
public sealed record LunrField(string Name, double Boost = 1, Func<LunrDocument, LunrValue>? Extractor = null)
{
    /// <summary>The name, checked as lunr checks it.</summary>
    public string Name { get; init; } = Validate(Name);

    /// <summary>The boost lunr actually applies: <c>boost || 1</c>.</summary>
    internal double EffectiveBoost => LunrScoring.EffectiveBoost(Boost);

    /// <summary>This field's value in <paramref name="document"/>.</summary>
    public LunrValue ValueOf(LunrDocument document)
    {
        return Extractor is not null ? Extractor(document) : document.Get(Name);
    }

    /// <summary>
    /// Declares fields the way repeated <c>builder.field</c> calls do: a repeated name keeps its first
    /// position but takes the last attributes, and the order is JavaScript's key order (lunr keeps fields in
    /// an object, so a field named "2" comes before "title").
    /// </summary>
    public static IReadOnlyList<LunrField> Declare(IEnumerable<LunrField> fields)
    {
        var byName = new Dictionary<string, LunrField>(StringComparer.Ordinal);
        var insertionOrder = new List<string>();
        foreach (var field in fields)
        {
            if (!byName.ContainsKey(field.Name))
            {
                insertionOrder.Add(field.Name);
            }

            byName[field.Name] = field;
        }

        if (byName.ContainsKey("_index"))
        {
            throw new ArgumentException("Field '_index' would collide with lunr's term index key in the postings.");
        }

        return JsKeyOrder.Order(insertionOrder).Select(name => byName[name]).ToList();
    }

    private static string Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/'))
        {
            throw new ArgumentException($"Field '{name}' contains illegal character '/'", nameof(name));
        }

        return name;
    }
}

namespace PaperSite.Lunr;

/// <summary>What a field value looks like to lunr's tokenizer.</summary>
public enum LunrValueKind
{
    /// <summary><c>null</c> or <c>undefined</c>: no tokens at all.</summary>
    Missing,

    /// <summary>A scalar, already converted with JavaScript's <c>toString</c>; split on whitespace and hyphens.</summary>
    Text,

    /// <summary>An array: every element is one token, lowercased but never split.</summary>
    List,
}

/// <summary>
/// A document field value as lunr.js sees it. Numbers and booleans become their JavaScript string form, so
/// <c>1e21</c> tokenises as <c>"1e+21"</c> exactly as lunr would.
/// </summary>
public readonly record struct LunrValue
{
    private LunrValue(LunrValueKind kind, string? text, IReadOnlyList<string>? items)
    {
        Kind = kind;
        Text = text;
        Items = items;
    }

    /// <summary>A null or missing field.</summary>
    public static LunrValue Missing => default;

    /// <summary>Which of the three shapes this value has.</summary>
    public LunrValueKind Kind { get; }

    /// <summary>The string for <see cref="LunrValueKind.Text"/>, otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The element strings for <see cref="LunrValueKind.List"/>, otherwise null.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>A string value; null means missing.</summary>
    public static LunrValue FromString(string? text)
    {
        return text is null ? Missing : new LunrValue(LunrValueKind.Text, text, null);
    }

    /// <summary>A number, as JavaScript's <c>String(value)</c> prints it.</summary>
    public static LunrValue FromNumber(double value)
    {
        return FromString(JsNumber.ToString(value));
    }

    /// <summary>A boolean: <c>"true"</c> or <c>"false"</c>.</summary>
    public static LunrValue FromBoolean(bool value)
    {
        return FromString(value ? "true" : "false");
    }

    /// <summary>An array of element strings (null elements become <c>""</c>, as lunr's <c>asString</c> does).</summary>
    public static LunrValue FromList(IEnumerable<string?>? items)
    {
        if (items is null)
        {
            return Missing;
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            list.Add(item ?? string.Empty);
        }

        return new LunrValue(LunrValueKind.List, null, list);
    }

    /// <summary>Lets a plain string stand for a field value.</summary>
    public static implicit operator LunrValue(string? text) => FromString(text);
}

namespace PaperSite.Dumps;

/// <summary>The lines listing pages print around their papers: headers, buttons, badges.</summary>
internal static class PageBoilerplate
{
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new",
        "Subscribe",
        "Daily Papers",
        "by AK and the research community",
        "byAK and the research community",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
    };

    /// <summary>The button label a copied search page glues onto its first title.</summary>
    private const string GluedPrefix = "Subscribe";

    /// <summary>True when the whole line is page chrome, not a paper.</summary>
    public static bool IsBoilerplate(string line) => Lines.Contains(line);

    /// <summary>
    /// Removes a "Subscribe" button label glued onto the next line (<c>SubscribeUniversal Checkpointing…</c>).
    /// Only an upper-case letter or digit right after it counts, so "Subscribers…" stays whole.
    /// </summary>
    public static string StripGluedPrefix(string line) =>
        line.Length > GluedPrefix.Length
        && line.StartsWith(GluedPrefix, StringComparison.Ordinal)
        && (char.IsUpper(line[GluedPrefix.Length]) || char.IsDigit(line[GluedPrefix.Length]))
            ? line[GluedPrefix.Length..]
            : line;
}

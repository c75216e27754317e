namespace PaperSite.Benchmarks;

/// <summary>How a synthetic dump is laid out, after the two kinds of page users save.</summary>
internal enum SyntheticDumpLayout
{
    /// <summary>A Daily Papers page: chrome, a <c>Mar 11</c> date line, entries separated by blank lines.</summary>
    DailyPapers,

    /// <summary>Search results: no blank lines, no date line, "Subscribe" glued onto the first title.</summary>
    SearchResults,
}

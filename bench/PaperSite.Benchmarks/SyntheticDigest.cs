namespace PaperSite.Benchmarks;

/// <summary>One synthetic dump: a day's listing of papers, which becomes one digest.</summary>
/// <param name="Date">The listing's day; the file name carries it.</param>
/// <param name="Layout">Which kind of saved page the file imitates.</param>
/// <param name="Papers">The papers in listing order, including ones listed on an earlier day.</param>
internal sealed record SyntheticDigest(DateOnly Date, SyntheticDumpLayout Layout, IReadOnlyList<SyntheticPaper> Papers)
{
    /// <summary>The dump's file name, <c>YYYY-MM-DD.txt</c>, so the date needs no year from <c>site.yml</c>.</summary>
    public string FileName => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".txt";
}

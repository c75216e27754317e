using System.Globalization;
using System.Text;
using PaperSite.Diagnostics;

namespace PaperSite.Benchmarks;

/// <summary>
/// Writes a synthetic corpus as an input folder: <c>dumps/YYYY-MM-DD.txt</c> in the layouts of the seed dumps,
/// with <c>site.yml</c> and <c>topics.yml</c> copied from the seed input so the build sees a real taxonomy.
/// </summary>
internal static class SyntheticDumpWriter
{
    private static readonly string[] SettingsFiles = ["site.yml", "topics.yml"];

    private static readonly string[] DailyPapersChrome =
        ["new", "Get trending papers in your email inbox!", "Subscribe", "byAK and the research community"];

    private static readonly string[] SearchResultsChrome =
        ["Get trending papers in your email inbox once a day!", "Get trending papers in your email inbox!"];

    /// <summary>Writes <paramref name="papers"/> synthetic papers into <paramref name="outDir"/> as an input folder.</summary>
    /// <param name="outDir">The folder to write; its <c>dumps/</c> gets one file per day.</param>
    /// <param name="seedInputDir">An input folder whose dumps give the text and whose settings are copied.</param>
    /// <param name="papers">How many distinct papers.</param>
    /// <param name="seed">The random seed: the same seed writes the same bytes.</param>
    /// <returns>The listings written, newest first.</returns>
    /// <exception cref="PaperSiteException">The seed input folder lacks settings or dumps with abstracts.</exception>
    public static IReadOnlyList<SyntheticDigest> WriteInputFolder(string outDir, string seedInputDir, int papers, int seed)
    {
        var digests = SyntheticDigestPlan.Plan(Generate(seedInputDir, papers, seed), seed);
        var dumpsDir = Path.Combine(outDir, "dumps");
        Directory.CreateDirectory(dumpsDir);
        foreach (var digest in digests)
        {
            Write(dumpsDir, digest);
        }

        foreach (var name in SettingsFiles)
        {
            File.Copy(Path.Combine(seedInputDir, name), Path.Combine(outDir, name), overwrite: true);
        }

        return digests;
    }

    /// <summary>
    /// Writes the listing of the day after a corpus written by <see cref="WriteInputFolder"/> with the same
    /// <paramref name="corpusSize"/> and <paramref name="seed"/>: new papers and a few repeats, as tomorrow's dump would be.
    /// </summary>
    /// <exception cref="PaperSiteException">The seed input folder has no dumps with abstracts.</exception>
    public static SyntheticDigest WriteNextDay(string dumpsDir, string seedInputDir, int corpusSize, int seed)
    {
        // The generator is sequential, so the corpus's papers come out again first and the next day's follow.
        var papers = Generate(seedInputDir, corpusSize + SyntheticDigestPlan.PapersPerDay, seed);
        var digest = SyntheticDigestPlan.NextDay(papers, corpusSize, seed);
        Write(dumpsDir, digest);
        return digest;
    }

    /// <summary>The dump file's text, as a browser's select-all and copy would have saved the page.</summary>
    public static string Text(SyntheticDigest digest) => digest.Layout == SyntheticDumpLayout.SearchResults
        ? SearchResultsText(digest)
        : DailyPapersText(digest);

    private static void Write(string dumpsDir, SyntheticDigest digest) =>
        File.WriteAllText(Path.Combine(dumpsDir, digest.FileName), Text(digest), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static string DailyPapersText(SyntheticDigest digest)
    {
        var text = new StringBuilder();
        foreach (var line in DailyPapersChrome.Append(digest.Date.ToString("MMM d", CultureInfo.InvariantCulture)))
        {
            text.Append(line).Append("\n\n");
        }

        foreach (var paper in digest.Papers)
        {
            text.Append(paper.Title).Append("\n\n").Append(paper.Abstract).Append("\n\n");
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string SearchResultsText(SyntheticDigest digest)
    {
        var text = new StringBuilder();
        foreach (var line in SearchResultsChrome)
        {
            text.Append(line).Append('\n');
        }

        // The page's "Subscribe" button has no line break after it when copied.
        text.Append("Subscribe");
        foreach (var paper in digest.Papers)
        {
            text.Append(paper.Title).Append('\n').Append(paper.Abstract).Append('\n');
        }

        return text.ToString();
    }

    private static IReadOnlyList<SyntheticPaper> Generate(string seedInputDir, int papers, int seed)
    {
        foreach (var name in SettingsFiles)
        {
            if (!File.Exists(Path.Combine(seedInputDir, name)))
            {
                throw new PaperSiteException(Path.Combine(seedInputDir, name), null, "not found; pass --input with the folder that holds site.yml, topics.yml and dumps/");
            }
        }

        var dumpsDir = Path.Combine(seedInputDir, "dumps");
        var seedText = Directory.Exists(dumpsDir) ? SyntheticPaperCorpus.AbstractsFromDumps(dumpsDir).ToList() : [];
        if (seedText.Count == 0)
        {
            throw new PaperSiteException(dumpsDir, null, "no dumps with abstracts to take seed text from");
        }

        return SyntheticPaperCorpus.Generate(papers, seedText, seed);
    }
}

namespace PaperSite.Benchmarks;

/// <summary>
/// Spreads a synthetic corpus over daily listings as a real archive looks: 50 new papers a day on consecutive
/// days going back from a fixed date, about 1 listing in 10 saved as search results, and about 3% of papers
/// listed again within a week of their first day.
/// </summary>
internal static class SyntheticDigestPlan
{
    /// <summary>New papers per daily listing, as on Daily Papers.</summary>
    public const int PapersPerDay = 50;

    /// <summary>The newest listing's day: fixed, so a corpus is the same bytes whenever it is generated.</summary>
    public static readonly DateOnly NewestDate = new(2025, 6, 30);

    private const double SearchResultsShare = 0.1;
    private const double RepeatShare = 0.03;
    private const int RepeatWithinDays = 7;

    /// <summary>The listings of <paramref name="papers"/>, newest first: day k holds papers 50k to 50k+49.</summary>
    public static IReadOnlyList<SyntheticDigest> Plan(IReadOnlyList<SyntheticPaper> papers, int seed)
    {
        var days = papers.Chunk(PapersPerDay).ToList();
        return days.Select((fresh, day) => Digest(day, fresh, days, seed)).ToList();
    }

    /// <summary>
    /// The listing of the day after the newest of a corpus of <paramref name="corpusSize"/> papers: the
    /// <see cref="PapersPerDay"/> papers after them in <paramref name="papers"/>, plus repeats from the corpus.
    /// </summary>
    public static SyntheticDigest NextDay(IReadOnlyList<SyntheticPaper> papers, int corpusSize, int seed)
    {
        var days = papers.Take(corpusSize).Chunk(PapersPerDay).ToList();
        return Digest(-1, papers.Skip(corpusSize).Take(PapersPerDay).ToArray(), days, seed);
    }

    /// <param name="day">Days before <see cref="NewestDate"/>; -1 is the day after it.</param>
    /// <param name="fresh">The papers first listed that day.</param>
    /// <param name="days">Every day's fresh papers, newest first, where repeats come from.</param>
    /// <param name="seed">The corpus's seed.</param>
    private static SyntheticDigest Digest(int day, SyntheticPaper[] fresh, List<SyntheticPaper[]> days, int seed)
    {
        var date = NewestDate.AddDays(-day);

        // One generator per day, so a day's layout and repeats do not depend on how the other days came out.
        var random = new Random(unchecked((seed * 397) ^ date.DayNumber));
        var layout = random.NextDouble() < SearchResultsShare ? SyntheticDumpLayout.SearchResults : SyntheticDumpLayout.DailyPapers;
        var listed = new List<SyntheticPaper>(fresh);
        var olderDays = Math.Min(RepeatWithinDays, days.Count - day - 1);
        for (var i = 0; i < fresh.Length && olderDays > 0; i++)
        {
            if (random.NextDouble() >= RepeatShare)
            {
                continue;
            }

            var older = days[day + 1 + random.Next(olderDays)];
            var repeat = older[random.Next(older.Length)];
            if (!listed.Contains(repeat))
            {
                listed.Insert(random.Next(listed.Count + 1), repeat);
            }
        }

        return new SyntheticDigest(date, layout, listed);
    }
}

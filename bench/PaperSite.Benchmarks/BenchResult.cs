namespace PaperSite.Benchmarks;

/// <summary>The figures of one corpus size.</summary>
/// <param name="Papers">Distinct papers in the corpus.</param>
/// <param name="Runs">Full builds run, each followed by an incremental one; <paramref name="Full"/> and <paramref name="Incremental"/> are the fastest.</param>
/// <param name="Full">The fastest full build into a fresh output folder, with the check after it.</param>
/// <param name="Output">The site the full build wrote.</param>
/// <param name="Incremental">The fastest build of the same input plus the next day's dump, each into the output of a full build.</param>
/// <param name="SearchWrittenNextDay">Files under <c>search/</c> the first next-day build wrote (created or changed).</param>
/// <param name="Search">What the search page downloads per query on the full build's site (empty when node is missing).</param>
internal sealed record BenchResult(int Papers, int Runs, BuildMeasurement Full, OutputSize Output, BuildMeasurement Incremental, int SearchWrittenNextDay = 0, IReadOnlyList<SearchQueryCost>? Search = null);

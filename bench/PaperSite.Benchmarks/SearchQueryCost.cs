namespace PaperSite.Benchmarks;

/// <summary>What the search page downloads for one query (search-cost.js), gzipped.</summary>
/// <param name="Query">The query typed.</param>
/// <param name="Results">How many papers it finds.</param>
/// <param name="Requests">Files downloaded: page, stylesheet, icon, scripts, manifests, parts, results groups.</param>
/// <param name="Bytes">Their sizes gzipped, summed.</param>
/// <param name="Parts">Index parts among them.</param>
internal sealed record SearchQueryCost(string Query, int Results, int Requests, long Bytes, int Parts);

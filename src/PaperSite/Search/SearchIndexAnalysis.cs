using PaperSite.Caching;
using PaperSite.Lunr;

namespace PaperSite.Search;

/// <summary>
/// lunr's analysis of every paper for the search index, with the pipeline run only over papers whose
/// searchable text has no analysis kept from the last build (<see cref="SearchAnalysisCache"/>). The
/// index it gives is byte for byte the one of analysing every paper.
/// </summary>
internal static class SearchIndexAnalysis
{
    /// <summary>The analysis of the papers, oldest first (a paper's place is its document index).</summary>
    /// <param name="searchable">Each paper's searchable-text hash, oldest first.</param>
    /// <param name="documentAt">The lunr document of the paper at a place in that order.</param>
    /// <param name="cache">Where analyses are kept between builds.</param>
    public static LunrAnalysis Of(IReadOnlyList<UInt128> searchable, Func<int, LunrDocument> documentAt, BuildCache cache)
    {
        var builder = new LunrIndexBuilder(SearchIndexPlan.Fields);
        var kept = SearchAnalysisCache.Read(cache, builder.Fields);
        var missing = Enumerable.Range(0, searchable.Count).Where(place => !kept.Papers.ContainsKey(searchable[place])).ToList();
        var fresh = builder.Analyse(missing.ConvertAll(place => documentAt(place)));
        var analysis = missing.Count == searchable.Count ? fresh : builder.Combine(Documents(searchable, kept, missing, fresh));
        if (missing.Count > 0 || kept.Papers.Count != searchable.Count)
        {
            Keep(cache, builder, searchable, analysis);
        }

        return analysis;
    }

    private static LunrAnalysedDocument[] Documents(IReadOnlyList<UInt128> searchable, KeptAnalyses kept, List<int> missing, LunrAnalysis fresh)
    {
        var documents = new LunrAnalysedDocument[searchable.Count];
        var next = 0;
        for (var place = 0; place < documents.Length; place++)
        {
            documents[place] = next < missing.Count && missing[next] == place
                ? new LunrAnalysedDocument(SearchIndexPlan.RefOf(place), fresh.Vocabulary, fresh.FieldsOf(next++))
                : new LunrAnalysedDocument(SearchIndexPlan.RefOf(place), kept.Vocabulary, kept.Papers[searchable[place]]);
        }

        return documents;
    }

    private static void Keep(BuildCache cache, LunrIndexBuilder builder, IReadOnlyList<UInt128> searchable, LunrAnalysis analysis)
    {
        var papers = new List<(UInt128, IReadOnlyList<LunrFieldAnalysis>)>(searchable.Count);
        var seen = new HashSet<UInt128>();
        for (var place = 0; place < searchable.Count; place++)
        {
            if (seen.Add(searchable[place]))
            {
                papers.Add((searchable[place], analysis.FieldsOf(place)));
            }
        }

        SearchAnalysisCache.Write(cache, builder.Fields, analysis.Vocabulary, papers);
    }
}

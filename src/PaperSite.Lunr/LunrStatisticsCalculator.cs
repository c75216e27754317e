namespace PaperSite.Lunr;

/// <summary>Computes <see cref="LunrCorpusStatistics"/> over a selection of analysed documents, as lunr does.</summary>
internal static class LunrStatisticsCalculator
{
    public static LunrCorpusStatistics Compute(LunrAnalysis analysis, int[] selection)
    {
        var fieldCount = analysis.Fields.Count;
        var documentFrequencies = new int[analysis.Terms.Length];
        var lengthSums = new double[fieldCount];

        // lunr keys field lengths by "field/ref": a repeated ref counts once, with its last document's length.
        var lastDocumentOfRef = new Dictionary<int, int>();
        foreach (var d in selection)
        {
            lastDocumentOfRef[analysis.Refs.RefIdOf(d)] = d;
        }

        foreach (var d in lastDocumentOfRef.Values)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                lengthSums[f] += analysis.DocumentFields[d][f].Length;
            }
        }

        CountDocumentFrequencies(analysis, selection, documentFrequencies);

        var averages = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            averages[f] = lengthSums[f] / lastDocumentOfRef.Count;
        }

        return new LunrCorpusStatistics(analysis, selection.Length, documentFrequencies, averages);
    }

    /// <summary>Document frequency counts distinct (ref, field) pairs: <c>Object.keys(posting[field]).length</c>.</summary>
    private static void CountDocumentFrequencies(LunrAnalysis analysis, int[] selection, int[] documentFrequencies)
    {
        var seen = new HashSet<(int Term, int Field, int Ref)>();
        foreach (var d in selection)
        {
            var shared = analysis.Refs.IsShared(d);
            var fields = analysis.DocumentFields[d];
            for (var f = 0; f < fields.Length; f++)
            {
                foreach (var term in fields[f].TermIds)
                {
                    if (!shared || seen.Add((term, f, analysis.Refs.RefIdOf(d))))
                    {
                        documentFrequencies[term]++;
                    }
                }
            }
        }
    }
}

using System.Collections.Concurrent;

namespace PaperSite.Lunr;

/// <summary>
/// Builds lunr.js 2.3.9 indices in C#. <see cref="Analyse"/> runs the tokenizer and pipeline over every
/// document (in parallel); the returned <see cref="LunrAnalysis"/> emits the index JSON, whole or in parts.
/// </summary>
public sealed class LunrIndexBuilder
{
    private const int DocumentsPerTask = 64;

    /// <summary>Declares the fields to index (see <see cref="LunrField.Declare"/> for order and repeats).</summary>
    public LunrIndexBuilder(IEnumerable<LunrField> fields)
    {
        Fields = LunrField.Declare(fields);
    }

    /// <summary>The fields in lunr's order.</summary>
    public IReadOnlyList<LunrField> Fields { get; }

    /// <summary>Builds the index of <paramref name="documents"/> as lunr.js would serialise it.</summary>
    public static string Build(IEnumerable<LunrField> fields, IReadOnlyList<LunrDocument> documents)
    {
        return new LunrIndexBuilder(fields).Analyse(documents).ToJson();
    }

    /// <summary>Tokenises and runs the pipeline over every field of every document, in parallel.</summary>
    public LunrAnalysis Analyse(IReadOnlyList<LunrDocument> documents)
    {
        var terms = new LunrTermTable();
        var documentFields = new LunrFieldTerms[documents.Count][];
        var refs = new string[documents.Count];
        var boosts = new double[documents.Count];
        if (documents.Count == 0)
        {
            // The partitioner refuses an empty range; no documents is an index all the same (and a new day with no new paper analyses none).
            return new LunrAnalysis(Fields, refs, boosts, documentFields, []);
        }

        Parallel.ForEach(Partitioner.Create(0, documents.Count, DocumentsPerTask), range =>
        {
            var analyser = new LunrAnalyser(terms);
            for (var d = range.Item1; d < range.Item2; d++)
            {
                var document = documents[d];
                refs[d] = document.Ref;
                boosts[d] = document.EffectiveBoost;
                documentFields[d] = AnalyseDocument(analyser, document);
            }
        });

        return new LunrAnalysis(Fields, refs, boosts, documentFields, terms.ToArray());
    }

    private LunrFieldTerms[] AnalyseDocument(LunrAnalyser analyser, LunrDocument document)
    {
        var fields = new LunrFieldTerms[Fields.Count];
        for (var f = 0; f < fields.Length; f++)
        {
            fields[f] = analyser.Analyse(Fields[f].ValueOf(document));
        }

        return fields;
    }
}

using System.Collections.Concurrent;

namespace PaperSite.Lunr;

/// <summary>
/// Builds lunr.js 2.3.9 indices in C#. <see cref="Analyse"/> runs the tokenizer and pipeline over every
/// document (in parallel); the returned <see cref="LunrAnalysis"/> emits the index JSON, whole or in shards.
/// <see cref="Combine"/> makes the same analysis of documents analysed before, so that a caller can keep
/// each document's analysis (<see cref="LunrAnalysis.FieldsOf"/>) and analyse only what changed.
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

    /// <summary>
    /// The analysis of documents analysed before, as <see cref="Analyse"/> would give it for the documents
    /// they were analysed from: the same index, byte for byte.
    /// </summary>
    /// <exception cref="ArgumentException">A document has another number of fields than <see cref="Fields"/>, or a field
    /// lists a term twice, a count below 1, or counts that do not add up to its length.</exception>
    public LunrAnalysis Combine(IReadOnlyList<LunrAnalysedDocument> documents)
    {
        var idOfTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var lastFieldOfTerm = new List<int>();
        var documentFields = new LunrFieldTerms[documents.Count][];
        var refs = new string[documents.Count];
        var boosts = new double[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            if (document.Fields.Count != Fields.Count)
            {
                throw new ArgumentException($"Document '{document.Ref}' has {document.Fields.Count} fields; the builder declares {Fields.Count}.", nameof(documents));
            }

            refs[d] = document.Ref;
            boosts[d] = document.EffectiveBoost;
            documentFields[d] = new LunrFieldTerms[Fields.Count];
            for (var f = 0; f < Fields.Count; f++)
            {
                var fieldNumber = d * Fields.Count + f;
                var field = document.Fields[f];
                if (field.Terms.Count != field.Counts.Count)
                {
                    throw new ArgumentException($"Document '{document.Ref}', field '{Fields[f].Name}': {field.Terms.Count} terms but {field.Counts.Count} counts.", nameof(documents));
                }

                var ids = new int[field.Terms.Count];
                var total = 0;
                for (var i = 0; i < ids.Length; i++)
                {
                    if (!idOfTerm.TryGetValue(field.Terms[i], out var id))
                    {
                        id = terms.Count;
                        idOfTerm.Add(field.Terms[i], id);
                        terms.Add(field.Terms[i]);
                        lastFieldOfTerm.Add(-1);
                    }

                    if (lastFieldOfTerm[id] == fieldNumber || field.Counts[i] < 1)
                    {
                        throw new ArgumentException($"Document '{document.Ref}', field '{Fields[f].Name}': term '{field.Terms[i]}' is listed twice or counted {field.Counts[i]} times.", nameof(documents));
                    }

                    lastFieldOfTerm[id] = fieldNumber;
                    ids[i] = id;
                    total += field.Counts[i];
                }

                if (total != field.Length)
                {
                    throw new ArgumentException($"Document '{document.Ref}', field '{Fields[f].Name}': counts add up to {total}, not its length {field.Length}.", nameof(documents));
                }

                documentFields[d][f] = ids.Length == 0 ? LunrFieldTerms.Empty : new LunrFieldTerms(field.Length, ids, [.. field.Counts]);
            }
        }

        return new LunrAnalysis(Fields, refs, boosts, documentFields, [.. terms]);
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

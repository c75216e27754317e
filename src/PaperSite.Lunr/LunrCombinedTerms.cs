using System.Runtime.InteropServices;

namespace PaperSite.Lunr;

/// <summary>
/// Numbers the terms of documents analysed before, which come with the vocabularies of the analyses they
/// were made in: each vocabulary's numbers are translated once, so a term's text is looked up once per
/// vocabulary rather than once per field that has it.
/// </summary>
internal sealed class LunrCombinedTerms
{
    private readonly Dictionary<string, int> _idOfTerm = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly Dictionary<IReadOnlyList<string>, int[]> _idsOfVocabulary = new(ReferenceEqualityComparer.Instance);
    private readonly List<int> _lastFieldOfTerm = [];
    private int _fieldNumber;

    /// <summary>The field with its terms numbered here, or null when no analysis gives such a field.</summary>
    public LunrFieldTerms? Number(LunrFieldAnalysis field, IReadOnlyList<string> vocabulary)
    {
        _fieldNumber++;
        if (field.Terms.IsDefault || field.Counts.IsDefault || field.Terms.Length != field.Counts.Length)
        {
            return null;
        }

        if (field.Terms.IsEmpty)
        {
            return field.Length == 0 ? LunrFieldTerms.Empty : null;
        }

        var idsInVocabulary = IdsOf(vocabulary);
        var ids = new int[field.Terms.Length];
        var total = 0L;
        for (var i = 0; i < ids.Length; i++)
        {
            var number = field.Terms[i];
            if ((uint)number >= (uint)idsInVocabulary.Length || field.Counts[i] < 1)
            {
                return null;
            }

            var id = idsInVocabulary[number] >= 0 ? idsInVocabulary[number] : idsInVocabulary[number] = IdOf(vocabulary[number]);
            if (_lastFieldOfTerm[id] == _fieldNumber)
            {
                return null;
            }

            _lastFieldOfTerm[id] = _fieldNumber;
            ids[i] = id;
            total += field.Counts[i];
        }

        return total == field.Length ? new LunrFieldTerms(field.Length, ids, ImmutableCollectionsMarshal.AsArray(field.Counts)!) : null;
    }

    public string[] ToArray() => [.. _terms];

    private int[] IdsOf(IReadOnlyList<string> vocabulary)
    {
        if (!_idsOfVocabulary.TryGetValue(vocabulary, out var ids))
        {
            ids = new int[vocabulary.Count];
            Array.Fill(ids, -1);
            _idsOfVocabulary.Add(vocabulary, ids);
        }

        return ids;
    }

    private int IdOf(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_idOfTerm, term, out var exists);
        if (!exists)
        {
            id = _terms.Count;
            _terms.Add(term);
            _lastFieldOfTerm.Add(0);
        }

        return id;
    }
}

namespace PaperSite.Lunr;

/// <summary>
/// For every (term, field): the indices of the documents whose field contains the term, ascending. Stored
/// as one flat array with offsets, since there are millions of entries and most lists are short.
/// </summary>
internal sealed class LunrPostings
{
    private readonly int[] _offsets;
    private readonly int[] _documents;
    private readonly int _fieldCount;

    public LunrPostings(LunrFieldTerms[][] documentFields, int termCount, int fieldCount)
    {
        _fieldCount = fieldCount;
        _offsets = new int[termCount * fieldCount + 1];
        foreach (var fields in documentFields)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                foreach (var term in fields[f].TermIds)
                {
                    _offsets[term * fieldCount + f + 1]++;
                }
            }
        }

        for (var i = 1; i < _offsets.Length; i++)
        {
            _offsets[i] += _offsets[i - 1];
        }

        _documents = new int[_offsets[^1]];
        var cursor = _offsets[..^1];
        for (var d = 0; d < documentFields.Length; d++)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                foreach (var term in documentFields[d][f].TermIds)
                {
                    _documents[cursor[term * fieldCount + f]++] = d;
                }
            }
        }
    }

    /// <summary>The documents (ascending) whose field <paramref name="field"/> contains <paramref name="term"/>.</summary>
    public ReadOnlySpan<int> Of(int term, int field)
    {
        var slot = term * _fieldCount + field;
        return _documents.AsSpan(_offsets[slot], _offsets[slot + 1] - _offsets[slot]);
    }
}

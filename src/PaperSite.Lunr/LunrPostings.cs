namespace PaperSite.Lunr;

/// <summary>
/// For every (term, field): the indices of the documents whose field contains the term, ascending. Stored
/// as one flat array with offsets, since there are millions of entries and most lists are short.
/// </summary>
internal sealed class LunrPostings
{
    private readonly int[] offsets;
    private readonly int[] documents;
    private readonly int fieldCount;

    public LunrPostings(LunrFieldTerms[][] documentFields, int termCount, int fieldCount)
    {
        this.fieldCount = fieldCount;
        offsets = new int[termCount * fieldCount + 1];
        foreach (var fields in documentFields)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                foreach (var term in fields[f].TermIds)
                {
                    offsets[term * fieldCount + f + 1]++;
                }
            }
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }

        documents = new int[offsets[^1]];
        var cursor = offsets[..^1];
        for (var d = 0; d < documentFields.Length; d++)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                foreach (var term in documentFields[d][f].TermIds)
                {
                    documents[cursor[term * fieldCount + f]++] = d;
                }
            }
        }
    }

    /// <summary>The documents (ascending) whose field <paramref name="field"/> contains <paramref name="term"/>.</summary>
    public ReadOnlySpan<int> Of(int term, int field)
    {
        var slot = term * fieldCount + field;
        return documents.AsSpan(offsets[slot], offsets[slot + 1] - offsets[slot]);
    }
}

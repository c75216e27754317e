namespace PaperSite.Lunr;

/// <summary>
/// Runs tokenizer and pipeline over one field value and counts term frequencies. One instance per thread:
/// it keeps its scratch collections between fields.
/// </summary>
internal sealed class LunrAnalyser(LunrTermTable terms) : ILunrTokenSink
{
    private readonly Dictionary<int, int> positionOfTerm = [];
    private readonly List<int> termIds = [];
    private readonly List<int> counts = [];
    private int length;

    /// <summary>Analyses a field value into its length and term frequencies.</summary>
    public LunrFieldTerms Analyse(LunrValue value)
    {
        if (value.Kind == LunrValueKind.Missing)
        {
            return LunrFieldTerms.Empty;
        }

        positionOfTerm.Clear();
        termIds.Clear();
        counts.Clear();
        length = 0;
        LunrTokenizer.Tokenize(value, this);
        return length == 0 ? LunrFieldTerms.Empty : new LunrFieldTerms(length, termIds.ToArray(), counts.ToArray());
    }

    /// <inheritdoc />
    public void Accept(ReadOnlySpan<char> token)
    {
        var id = terms.IdOfToken(token);
        if (id == LunrTermTable.Dropped)
        {
            return;
        }

        length++;
        if (positionOfTerm.TryGetValue(id, out var position))
        {
            counts[position]++;
            return;
        }

        positionOfTerm.Add(id, termIds.Count);
        termIds.Add(id);
        counts.Add(1);
    }
}

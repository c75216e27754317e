namespace PaperSite.Lunr;

/// <summary>
/// Runs tokenizer and pipeline over one field value and counts term frequencies. One instance per thread:
/// it keeps its scratch collections between fields.
/// </summary>
internal sealed class LunrAnalyser(LunrTermTable terms) : ILunrTokenSink
{
    private readonly Dictionary<int, int> _positionOfTerm = [];
    private readonly List<int> _termIds = [];
    private readonly List<int> _counts = [];
    private int _length;

    /// <summary>Analyses a field value into its length and term frequencies.</summary>
    public LunrFieldTerms Analyse(LunrValue value)
    {
        if (value.Kind == LunrValueKind.Missing)
        {
            return LunrFieldTerms.Empty;
        }

        _positionOfTerm.Clear();
        _termIds.Clear();
        _counts.Clear();
        _length = 0;
        LunrTokenizer.Tokenize(value, this);
        return _length == 0 ? LunrFieldTerms.Empty : new LunrFieldTerms(_length, _termIds.ToArray(), _counts.ToArray());
    }

    /// <inheritdoc />
    public void Accept(ReadOnlySpan<char> token)
    {
        var id = terms.IdOfToken(token);
        if (id == LunrTermTable.Dropped)
        {
            return;
        }

        _length++;
        if (_positionOfTerm.TryGetValue(id, out var position))
        {
            _counts[position]++;
            return;
        }

        _positionOfTerm.Add(id, _termIds.Count);
        _termIds.Add(id);
        _counts.Add(1);
    }
}

namespace PaperSite.Lunr;

/// <summary>
/// Cuts the sorted terms of an index into parts named by prefixes. A part holds the terms its key
/// begins, except those of a longer key: a term belongs to the longest key that begins it. A prefix
/// whose terms cost more than the budget hands its costliest next letters to parts of their own until
/// what is left fits.
/// </summary>
internal sealed class LunrPartition
{
    private readonly string[] _terms;
    private readonly long[] _costBefore;
    private readonly long _budget;
    private readonly List<string> _keys = [];

    private LunrPartition(string[] terms, IReadOnlyList<long> costs, long budget)
    {
        _terms = terms;
        _budget = budget;
        _costBefore = new long[terms.Length + 1];
        for (var i = 0; i < terms.Length; i++)
        {
            _costBefore[i + 1] = _costBefore[i] + costs[i];
        }
    }

    /// <summary>The part keys, in ordinal order, for <paramref name="sortedTerms"/> (ordinal order) of the given costs.</summary>
    public static IReadOnlyList<string> Keys(string[] sortedTerms, IReadOnlyList<long> costs, long budget)
    {
        var partition = new LunrPartition(sortedTerms, costs, budget);
        if (sortedTerms.Length > 0)
        {
            partition.Split(string.Empty, 0, sortedTerms.Length);
        }

        partition._keys.Sort(StringComparer.Ordinal);
        return partition._keys;
    }

    private long Cost(int from, int to) => _costBefore[to] - _costBefore[from];

    /// <summary>Terms [<paramref name="from"/>, <paramref name="to"/>) all begin with <paramref name="prefix"/>.</summary>
    private void Split(string prefix, int from, int to)
    {
        var remainder = Cost(from, to);
        if (remainder <= _budget || to - from == 1)
        {
            _keys.Add(prefix);
            return;
        }

        var children = Children(prefix.Length, from, to);
        var promoted = new List<(char Letter, int From, int To)>();
        foreach (var child in children.OrderByDescending(c => Cost(c.From, c.To)).ThenBy(c => c.Letter))
        {
            if (remainder <= _budget)
            {
                break;
            }

            promoted.Add(child);
            remainder -= Cost(child.From, child.To);
        }

        if (promoted.Sum(c => c.To - c.From) < to - from)
        {
            _keys.Add(prefix);
        }

        foreach (var (letter, childFrom, childTo) in promoted)
        {
            Split(prefix + letter, childFrom, childTo);
        }
    }

    /// <summary>The runs of terms sharing their letter at <paramref name="depth"/>; a term no longer than the prefix is in none.</summary>
    private List<(char Letter, int From, int To)> Children(int depth, int from, int to)
    {
        var children = new List<(char, int, int)>();
        var start = _terms[from].Length == depth ? from + 1 : from;
        while (start < to)
        {
            var letter = _terms[start][depth];
            var end = start + 1;
            while (end < to && _terms[end][depth] == letter)
            {
                end++;
            }

            children.Add((letter, start, end));
            start = end;
        }

        return children;
    }
}

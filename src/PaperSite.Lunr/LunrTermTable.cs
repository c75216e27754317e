using System.Collections.Concurrent;

namespace PaperSite.Lunr;

/// <summary>
/// Gives every distinct term a dense id, thread-safely, and memoises the whole pipeline per raw token so
/// the hot path is one hash lookup of a span. Ids are dense but arbitrary (threads race); lunr's <c>_index</c>
/// order is recovered at emission from document order.
/// </summary>
internal sealed class LunrTermTable
{
    /// <summary>Marks a token the stop word filter dropped.</summary>
    public const int Dropped = -1;

    private readonly ConcurrentDictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly Lock _newTerm = new();
    private int _nextId;

    public LunrTermTable()
    {
        _tokenLookup = _tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The term id a lowercased token ends up as, or <see cref="Dropped"/>.</summary>
    public int IdOfToken(ReadOnlySpan<char> token)
    {
        if (_tokenLookup.TryGetValue(token, out var id))
        {
            return id;
        }

        var term = LunrPipeline.Run(token);
        id = term is null ? Dropped : IdOfTerm(term);
        _tokenIds.TryAdd(token.ToString(), id);
        return id;
    }

    /// <summary>Every term by id.</summary>
    public string[] ToArray()
    {
        var terms = new string[_nextId];
        foreach (var (term, id) in _termIds)
        {
            terms[id] = term;
        }

        return terms;
    }

    private int IdOfTerm(string term)
    {
        if (_termIds.TryGetValue(term, out var id))
        {
            return id;
        }

        // A new term is rare after the first documents; numbering it under a lock leaves no id unused.
        lock (_newTerm)
        {
            if (!_termIds.TryGetValue(term, out id))
            {
                id = _nextId++;
                _termIds[term] = id;
            }

            return id;
        }
    }
}

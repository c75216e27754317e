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

    private readonly ConcurrentDictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> tokenIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenLookup;
    private readonly Lock newTerm = new();
    private int nextId;

    public LunrTermTable()
    {
        tokenLookup = tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The term id a lowercased token ends up as, or <see cref="Dropped"/>.</summary>
    public int IdOfToken(ReadOnlySpan<char> token)
    {
        if (tokenLookup.TryGetValue(token, out var id))
        {
            return id;
        }

        var term = LunrPipeline.Run(token);
        id = term is null ? Dropped : IdOfTerm(term);
        tokenIds.TryAdd(token.ToString(), id);
        return id;
    }

    /// <summary>Every term by id.</summary>
    public string[] ToArray()
    {
        var terms = new string[nextId];
        foreach (var (term, id) in termIds)
        {
            terms[id] = term;
        }

        return terms;
    }

    private int IdOfTerm(string term)
    {
        if (termIds.TryGetValue(term, out var id))
        {
            return id;
        }

        // A new term is rare after the first documents; numbering it under a lock leaves no id unused.
        lock (newTerm)
        {
            if (!termIds.TryGetValue(term, out id))
            {
                id = nextId++;
                termIds[term] = id;
            }

            return id;
        }
    }
}

using System.Runtime.CompilerServices;
using PaperSite.Model;
using PaperSite.Topics;

namespace PaperSite.Related;

/// <summary>One thread's counter of papers' terms, with scratch space reused from paper to paper instead of a dictionary per paper.</summary>
internal sealed class PaperCounter(SharedVocabulary vocabulary)
{
    private const int TitleWeight = 2;

    // Words hands out one string per distinct word, so most words are found here by reference,
    // without hashing their characters; a word not found here is looked up by its characters.
    private const int RecentSize = 1 << 14;
    private readonly string?[] _recentWords = new string?[RecentSize];
    private readonly int[] _recentIds = new int[RecentSize];

    // Per id: 1 + the term's place in _terms for the paper being counted, 0 when not seen yet.
    private int[] _place = new int[4096];
    private int[] _terms = new int[256];
    private int[] _counts = new int[256];
    private int _distinct;

    /// <summary>Counts <paramref name="paper"/>'s terms, in order of first appearance.</summary>
    public (int[] Terms, int[] Counts) Count(Paper paper)
    {
        Add(Words.Of(paper.Title), TitleWeight);
        Add(Words.Of(paper.Abstract.Value), 1);
        var terms = _terms.AsSpan(0, _distinct).ToArray();
        var counts = _counts.AsSpan(0, _distinct).ToArray();
        foreach (var id in terms)
        {
            _place[id] = 0;
        }

        _distinct = 0;
        return (terms, counts);
    }

    private void Add(List<string> words, int weight)
    {
        foreach (var word in words)
        {
            var id = IdOf(word);
            if (id >= 0)
            {
                Add(id, weight);
            }
        }
    }

    private int IdOf(string word)
    {
        var slot = RuntimeHelpers.GetHashCode(word) & (RecentSize - 1);
        if (!ReferenceEquals(_recentWords[slot], word))
        {
            _recentWords[slot] = word;
            _recentIds[slot] = vocabulary.IdOf(word);
        }

        return _recentIds[slot];
    }

    private void Add(int id, int weight)
    {
        if (id >= _place.Length)
        {
            Array.Resize(ref _place, Math.Max(id + 1, _place.Length * 2));
        }

        var place = _place[id];
        if (place == 0)
        {
            if (_distinct == _terms.Length)
            {
                Array.Resize(ref _terms, _distinct * 2);
                Array.Resize(ref _counts, _distinct * 2);
            }

            _terms[_distinct] = id;
            _counts[_distinct] = 0;
            place = _place[id] = ++_distinct;
        }

        _counts[place - 1] += weight;
    }
}

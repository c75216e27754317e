using System.Collections.Concurrent;

namespace PaperSite.Related;

/// <summary>
/// Word → id for all counting threads, ids handed out as words first come (so in no fixed order
/// across runs); each distinct word is checked against the stop words once.
/// </summary>
internal sealed class SharedVocabulary
{
    private const int NotATerm = -1;
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _adding = new();
    private int _count;

    /// <summary>How many ids were handed out: ids are 0 to <see cref="Count"/> - 1.</summary>
    public int Count => _count;

    /// <summary>A vocabulary whose first words are <paramref name="words"/>, numbered in that order.</summary>
    public static SharedVocabulary Of(IReadOnlyList<string> words)
    {
        var vocabulary = new SharedVocabulary();
        foreach (var word in words)
        {
            vocabulary._ids[word] = vocabulary._count++;
        }

        return vocabulary;
    }

    /// <summary>The word of each id handed out, by id.</summary>
    public string[] Words()
    {
        var words = new string[_count];
        foreach (var (word, id) in _ids)
        {
            if (id >= 0)
            {
                words[id] = word;
            }
        }

        return words;
    }

    /// <summary>The id of <paramref name="word"/>, or a negative number when it is too short or a stop word.</summary>
    public int IdOf(string word)
    {
        if (_ids.TryGetValue(word, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (!_ids.TryGetValue(word, out id))
            {
                id = word.Length >= 3 && !RelatedStopWords.Contains(word) ? _count++ : NotATerm;
                _ids[word] = id;
            }
        }

        return id;
    }
}

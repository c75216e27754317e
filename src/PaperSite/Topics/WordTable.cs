using System.Collections.Concurrent;

namespace PaperSite.Topics;

/// <summary>
/// What a caller makes of each distinct folded word (see <see cref="Words"/>): made the first time
/// the word is seen and shared after that. A corpus repeats its words endlessly, so splitting
/// thousands of abstracts costs one lookup per word and allocates little more than its vocabulary.
/// Safe to use from several threads.
/// </summary>
/// <typeparam name="T">What a word maps to.</typeparam>
internal sealed class WordTable<T>
{
    private readonly ConcurrentDictionary<string, T> _byWord = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Func<string, T> _make;

    /// <summary>
    /// A table mapping each word to <paramref name="make"/>(word). Threads that meet a new word at
    /// once may each call <paramref name="make"/>, and all get the value one of them made, so it must
    /// make the same value for the same word.
    /// </summary>
    public WordTable(Func<string, T> make)
    {
        _make = make;
        _bySpan = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>What the folded <paramref name="word"/> maps to.</summary>
    public T this[ReadOnlySpan<char> word] =>
        _bySpan.TryGetValue(word, out var known) ? known : _byWord.GetOrAdd(new string(word), _make);
}

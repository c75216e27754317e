using System.Runtime.InteropServices;

namespace PaperSite.Topics;

/// <summary>
/// Finds many phrases in a text in one pass over its words. A phrase word ending in <c>*</c>
/// matches any word it begins (<c>robot*</c>: robot, robots, robotics).
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);

    // Phrases whose first word is a prefix ("robot*"), keyed by that prefix's first letter, so a
    // word is only compared with the prefixes that could match it.
    private readonly Dictionary<char, List<Phrase>> _wildcardByInitial = [];

    // Each distinct word of the texts with the phrases it may begin, worked out once: the
    // dictionary lookups and prefix comparisons are then paid per word of the vocabulary, not per
    // word of every abstract.
    private readonly WordTable<Word> _vocabulary;

    /// <summary>A phrase to look for; <paramref name="Owner"/> tells the caller whose phrase it is.</summary>
    public sealed record Phrase(int Owner, string Text, string[] Words);

    /// <summary>Builds a matcher for <paramref name="phrases"/> (owner, text) pairs.</summary>
    public PhraseMatcher(IEnumerable<(int Owner, string Text)> phrases)
    {
        foreach (var (owner, text) in phrases)
        {
            var words = text.Split(' ', '-', '\t').Where(w => w.Length > 0).SelectMany(WordsOf).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var phrase = new Phrase(owner, text, words);
            if (IsWildcard(words[0]))
            {
                (_wildcardByInitial.TryGetValue(words[0][0], out var byInitial) ? byInitial : _wildcardByInitial[words[0][0]] = []).Add(phrase);
            }
            else
            {
                (_byFirstWord.TryGetValue(words[0], out var list) ? list : _byFirstWord[words[0]] = []).Add(phrase);
            }
        }

        _vocabulary = new WordTable<Word>(text => new Word(text, PhrasesStartingWith(text)));
    }

    /// <summary>
    /// Whether <paramref name="phrase"/> finds itself written out (<c>robot*</c> in <c>robot</c>). One
    /// that does not can match no text at all: only punctuation, a lone <c>*</c>, a prefix holding
    /// what is not a letter or digit (<c>C++*</c>).
    /// </summary>
    public static bool MatchesItself(string phrase)
    {
        var found = new List<Phrase>(1);
        new PhraseMatcher([(0, phrase)]).FindAll(phrase.Replace("*", "", StringComparison.Ordinal), found);
        return found.Count > 0;
    }

    /// <summary>Adds every phrase occurrence in <paramref name="text"/> to <paramref name="found"/>, in text order.</summary>
    public void FindAll(string text, List<Phrase> found)
    {
        var words = CollectionsMarshal.AsSpan(Words.Of(text, _vocabulary));
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var phrase in words[i].Starting)
            {
                if (RestMatchesAt(phrase, words, i))
                {
                    found.Add(phrase);
                }
            }
        }
    }

    /// <summary>
    /// The words of a phrase's part, split as a text's are (<c>SE(3)</c> is <c>se</c> and <c>3</c>, as in
    /// any abstract), or the part itself when it is a prefix (<c>robot*</c>).
    /// </summary>
    private static IEnumerable<string> WordsOf(string part) =>
        IsWildcard(part) ? [part.ToLowerInvariant()] : Words.Of(part);

    private static bool IsWildcard(string word) => word.EndsWith('*');

    private static bool WordMatches(string want, string have) =>
        IsWildcard(want) ? have.StartsWith(want.AsSpan(0, want.Length - 1), StringComparison.Ordinal) : have == want;

    /// <summary>Whether the words after <paramref name="start"/> match the rest of <paramref name="phrase"/>, whose first word matched.</summary>
    private static bool RestMatchesAt(Phrase phrase, ReadOnlySpan<Word> words, int start)
    {
        if (start + phrase.Words.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Words.Length; k++)
        {
            if (!WordMatches(phrase.Words[k], words[start + k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The phrases whose first word matches <paramref name="word"/>: exact ones first, then prefixes, each in the order given.</summary>
    private Phrase[] PhrasesStartingWith(string word)
    {
        var exact = _byFirstWord.GetValueOrDefault(word) ?? [];
        var prefixed = word.Length > 0 ? _wildcardByInitial.GetValueOrDefault(word[0]) ?? [] : [];
        return [.. exact, .. prefixed.Where(p => WordMatches(p.Words[0], word))];
    }

    /// <summary>A word of a text and the phrases that may begin at it.</summary>
    private sealed record Word(string Text, Phrase[] Starting);
}

namespace PaperSite.Topics;

/// <summary>
/// Finds many phrases in a text in one pass over its words. A phrase word ending in <c>*</c>
/// matches any word it begins (<c>robot*</c>: robot, robots, robotics).
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);

    // Phrases whose first word is a prefix ("robot*"), keyed by that prefix's first letter, so a
    // word is only compared with the prefixes that could match it.
    private readonly Dictionary<char, List<Phrase>> _wildcardByInitial = [];

    /// <summary>A phrase to look for; <paramref name="Owner"/> tells the caller whose phrase it is.</summary>
    public sealed record Phrase(int Owner, string Text, string[] Words);

    /// <summary>Builds a matcher for <paramref name="phrases"/> (owner, text) pairs.</summary>
    public PhraseMatcher(IEnumerable<(int Owner, string Text)> phrases)
    {
        foreach (var (owner, text) in phrases)
        {
            var words = text.Split(' ', '-', '\t').Where(w => w.Length > 0).Select(NormaliseWord).ToArray();
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
    }

    /// <summary>Every phrase occurrence in <paramref name="words"/> (from <see cref="Words.Of"/>), in text order.</summary>
    public IEnumerable<Phrase> Matches(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                foreach (var phrase in candidates.Where(p => MatchesAt(p, words, i)))
                {
                    yield return phrase;
                }
            }

            if (words[i].Length > 0 && _wildcardByInitial.TryGetValue(words[i][0], out var prefixed))
            {
                foreach (var phrase in prefixed.Where(p => MatchesAt(p, words, i)))
                {
                    yield return phrase;
                }
            }
        }
    }

    private static string NormaliseWord(string word) =>
        IsWildcard(word) ? word.ToLowerInvariant() : Words.Fold(word.Where(char.IsLetterOrDigit).ToArray());

    private static bool IsWildcard(string word) => word.EndsWith('*');

    private static bool MatchesAt(Phrase phrase, IReadOnlyList<string> words, int start)
    {
        if (start + phrase.Words.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Words.Length; k++)
        {
            var want = phrase.Words[k];
            var have = words[start + k];
            var ok = IsWildcard(want) ? have.StartsWith(want.AsSpan(0, want.Length - 1), StringComparison.Ordinal) : have == want;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

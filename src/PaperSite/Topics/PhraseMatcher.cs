namespace PaperSite.Topics;

/// <summary>
/// Finds many phrases in a text in one pass over its words. A phrase word ending in <c>*</c>
/// matches any word it begins (<c>robot*</c>: robot, robots, robotics).
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, Phrase[]> _byFirstWord;

    // Phrases whose first word is a prefix ("robot*"), keyed by that prefix's first letter, so a
    // word is only compared with the prefixes that could match it.
    private readonly Dictionary<char, Phrase[]> _wildcardByInitial;

    /// <summary>A phrase to look for; <paramref name="Owner"/> tells the caller whose phrase it is.</summary>
    public sealed record Phrase(int Owner, string Text, string[] Words);

    /// <summary>Builds a matcher for <paramref name="phrases"/> (owner, text) pairs.</summary>
    public PhraseMatcher(IEnumerable<(int Owner, string Text)> phrases)
    {
        var byFirstWord = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var wildcardByInitial = new Dictionary<char, List<Phrase>>();
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
                (wildcardByInitial.TryGetValue(words[0][0], out var byInitial) ? byInitial : wildcardByInitial[words[0][0]] = []).Add(phrase);
            }
            else
            {
                (byFirstWord.TryGetValue(words[0], out var list) ? list : byFirstWord[words[0]] = []).Add(phrase);
            }
        }

        // Arrays: the matching loop walks these for every word of every abstract.
        _byFirstWord = byFirstWord.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        _wildcardByInitial = wildcardByInitial.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>
    /// Adds every phrase occurrence in <paramref name="words"/> (from <see cref="Words.Of"/>) to
    /// <paramref name="found"/>, in text order.
    /// </summary>
    public void FindAll(ReadOnlySpan<string> words, List<Phrase> found)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                AddMatchesAt(candidates, words, i, found);
            }

            if (words[i].Length > 0 && _wildcardByInitial.TryGetValue(words[i][0], out var prefixed))
            {
                AddMatchesAt(prefixed, words, i, found);
            }
        }
    }

    private static string NormaliseWord(string word) =>
        IsWildcard(word) ? word.ToLowerInvariant() : Words.Fold(word.Where(char.IsLetterOrDigit).ToArray());

    private static bool IsWildcard(string word) => word.EndsWith('*');

    private static void AddMatchesAt(Phrase[] candidates, ReadOnlySpan<string> words, int start, List<Phrase> found)
    {
        foreach (var phrase in candidates)
        {
            if (MatchesAt(phrase, words, start))
            {
                found.Add(phrase);
            }
        }
    }

    private static bool MatchesAt(Phrase phrase, ReadOnlySpan<string> words, int start)
    {
        if (start + phrase.Words.Length > words.Length)
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

using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace PaperSite.Lunr;

/// <summary>
/// lunr.js 2.3.9's Porter stemmer (Martin Porter's own JavaScript port), ported line by line with the same
/// regular expressions. JavaScript's <c>.</c> never matches a line terminator and its <c>$</c> only matches
/// at the very end, so the patterns spell those out (<c>[^\n\r\u2028\u2029]</c>, <c>\z</c>): array field
/// values reach the stemmer unsplit and may contain newlines.
/// </summary>
internal static partial class LunrStemmer
{
    private const string C = "[^aeiou][^aeiouy]*"; // consonant sequence
    private const string V = "[aeiouy][aeiou]*"; // vowel sequence
    private const string Mgr0 = "^(" + C + ")?" + V + C; // [C]VC... is m>0
    private const string Meq1 = "^(" + C + ")?" + V + C + "(" + V + ")?\\z"; // [C]VC[V] is m=1
    private const string Mgr1 = "^(" + C + ")?" + V + C + V + C; // [C]VCVC... is m>1
    private const string SV = "^(" + C + ")?[aeiouy]"; // vowel in stem
    private const string Any = "[^\\n\\r\\u2028\\u2029]";
    private const string ShortSyllable = "^" + C + "[aeiouy][^aeiouwxy]\\z";

    private static readonly Dictionary<string, string> Step2List = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3List = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "",
        ["ness"] = "",
    };

    // Stemming is pure and the vocabulary is small next to the token count: memoise every word ever seen.
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SpanCache =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Stems one (lowercased, trimmed) word as <c>lunr.stemmer</c> does.</summary>
    public static string Stem(string word)
    {
        return Cache.TryGetValue(word, out var stem) ? stem : Cache.GetOrAdd(word, StemUncached(word));
    }

    /// <summary>Stems a word given as a span; allocates only the first time a word is seen.</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        if (SpanCache.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var text = word.ToString();
        return Cache.GetOrAdd(text, StemUncached(text));
    }

    /// <summary>The Porter algorithm itself, statement for statement as lunr.js writes it.</summary>
    internal static string StemUncached(string w)
    {
        if (w.Length < 3)
        {
            return w;
        }

        // A leading y is a consonant: upper-case it so the vowel classes skip it.
        var firstIsY = w[0] == 'y';
        if (firstIsY)
        {
            w = "Y" + w[1..];
        }

        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = Step2(w);
        w = Step3(w);
        w = Step4(w);
        w = Step5(w);

        return firstIsY ? "y" + w[1..] : w;
    }

    private static string Step1A(string w)
    {
        var match = Re1A().Match(w);
        if (match.Success)
        {
            return match.Groups[1].Value + match.Groups[2].Value;
        }

        match = Re21A().Match(w);
        return match.Success ? match.Groups[1].Value + match.Groups[2].Value : w;
    }

    private static string Step1B(string w)
    {
        var match = Re1B().Match(w);
        if (match.Success)
        {
            return ReMgr0().IsMatch(match.Groups[1].Value) ? RemoveLastChar(w) : w;
        }

        match = Re21B().Match(w);
        if (!match.Success)
        {
            return w;
        }

        var stem = match.Groups[1].Value;
        if (!ReSV().IsMatch(stem))
        {
            return w;
        }

        w = stem;
        if (Re21B2().IsMatch(w))
        {
            return w + "e";
        }

        if (Re31B2().IsMatch(w))
        {
            return RemoveLastChar(w);
        }

        return ReShortSyllable().IsMatch(w) ? w + "e" : w;
    }

    // Step 1c: a final y after a consonant (not the first letter) becomes i.
    private static string Step1C(string w)
    {
        var match = Re1C().Match(w);
        return match.Success ? match.Groups[1].Value + "i" : w;
    }

    private static string Step2(string w)
    {
        var match = Re2().Match(w);
        if (match.Success && ReMgr0().IsMatch(match.Groups[1].Value))
        {
            return match.Groups[1].Value + Step2List[match.Groups[2].Value];
        }

        return w;
    }

    private static string Step3(string w)
    {
        var match = Re3().Match(w);
        if (match.Success && ReMgr0().IsMatch(match.Groups[1].Value))
        {
            return match.Groups[1].Value + Step3List[match.Groups[2].Value];
        }

        return w;
    }

    private static string Step4(string w)
    {
        var match = Re4().Match(w);
        if (match.Success)
        {
            var stem = match.Groups[1].Value;
            return ReMgr1().IsMatch(stem) ? stem : w;
        }

        match = Re24().Match(w);
        if (match.Success)
        {
            var stem = match.Groups[1].Value + match.Groups[2].Value;
            return ReMgr1().IsMatch(stem) ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        var match = Re5().Match(w);
        if (match.Success)
        {
            var stem = match.Groups[1].Value;
            if (ReMgr1().IsMatch(stem) || (ReMeq1().IsMatch(stem) && !ReShortSyllable().IsMatch(stem)))
            {
                w = stem;
            }
        }

        return Re51().IsMatch(w) && ReMgr1().IsMatch(w) ? RemoveLastChar(w) : w;
    }

    /// <summary>JavaScript's <c>w.replace(/.$/, "")</c>: <c>.</c> cannot match a final line terminator.</summary>
    private static string RemoveLastChar(string w)
    {
        return w[^1] is '\n' or '\r' or '\u2028' or '\u2029' ? w : w[..^1];
    }

    [GeneratedRegex(Mgr0)]
    private static partial Regex ReMgr0();

    [GeneratedRegex(Mgr1)]
    private static partial Regex ReMgr1();

    [GeneratedRegex(Meq1)]
    private static partial Regex ReMeq1();

    [GeneratedRegex(SV)]
    private static partial Regex ReSV();

    [GeneratedRegex("^(" + Any + "+?)(ss|i)es\\z")]
    private static partial Regex Re1A();

    [GeneratedRegex("^(" + Any + "+?)([^s])s\\z")]
    private static partial Regex Re21A();

    [GeneratedRegex("^(" + Any + "+?)eed\\z")]
    private static partial Regex Re1B();

    [GeneratedRegex("^(" + Any + "+?)(ed|ing)\\z")]
    private static partial Regex Re21B();

    [GeneratedRegex("(at|bl|iz)\\z")]
    private static partial Regex Re21B2();

    [GeneratedRegex("([^aeiouylsz])\\1\\z")]
    private static partial Regex Re31B2();

    // lunr builds this pattern twice (re4_1b_2, re3_5); one compiled copy serves both steps.
    [GeneratedRegex(ShortSyllable)]
    private static partial Regex ReShortSyllable();

    [GeneratedRegex("^(" + Any + "+?[^aeiou])y\\z")]
    private static partial Regex Re1C();

    [GeneratedRegex("^(" + Any + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z")]
    private static partial Regex Re2();

    [GeneratedRegex("^(" + Any + "+?)(icate|ative|alize|iciti|ical|ful|ness)\\z")]
    private static partial Regex Re3();

    [GeneratedRegex("^(" + Any + "+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z")]
    private static partial Regex Re4();

    [GeneratedRegex("^(" + Any + "+?)(s|t)(ion)\\z")]
    private static partial Regex Re24();

    [GeneratedRegex("^(" + Any + "+?)e\\z")]
    private static partial Regex Re5();

    [GeneratedRegex("ll\\z")]
    private static partial Regex Re51();

}

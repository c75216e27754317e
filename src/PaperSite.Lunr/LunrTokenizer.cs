using System.Buffers;

namespace PaperSite.Lunr;

/// <summary>Receives the tokens of one field value, as spans, without a string per token.</summary>
internal interface ILunrTokenSink
{
    /// <summary>Called once per token, in order.</summary>
    void Accept(ReadOnlySpan<char> token);
}

/// <summary>
/// <c>lunr.tokenizer</c>: lowercases with JavaScript's rules, then splits text on <c>/[\s\-]+/</c>, where
/// <c>\s</c> is JavaScript's whitespace class (it has U+FEFF, .NET's has U+0085 instead). Arrays give one
/// token per element, unsplit.
/// </summary>
internal static class LunrTokenizer
{
    /// <summary>JavaScript's <c>\s</c> plus the ASCII hyphen.</summary>
    private static readonly SearchValues<char> Separators = SearchValues.Create(
        "\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000\uFEFF-");

    /// <summary>True when lunr's tokenizer splits at <paramref name="c"/>.</summary>
    public static bool IsSeparator(char c) => Separators.Contains(c);

    /// <summary>The tokens lunr.js makes of <paramref name="value"/>, before the pipeline runs.</summary>
    public static IReadOnlyList<string> Tokenize(LunrValue value)
    {
        var sink = new ListSink();
        Tokenize(value, sink);
        return sink.Tokens;
    }

    /// <summary>Feeds the tokens of <paramref name="value"/> to <paramref name="sink"/>.</summary>
    internal static void Tokenize(LunrValue value, ILunrTokenSink sink)
    {
        switch (value.Kind)
        {
            case LunrValueKind.Text:
                Split(JsLowerCase.ToLower(value.Text!), sink);
                break;
            case LunrValueKind.List:
                foreach (var item in value.Items!)
                {
                    sink.Accept(JsLowerCase.ToLower(item));
                }

                break;
        }
    }

    private static void Split(ReadOnlySpan<char> text, ILunrTokenSink sink)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny(Separators);
            if (end < 0)
            {
                sink.Accept(text);
                return;
            }

            if (end > 0)
            {
                sink.Accept(text[..end]);
            }

            text = text[(end + 1)..];
        }
    }

    private sealed class ListSink : ILunrTokenSink
    {
        public List<string> Tokens { get; } = [];

        public void Accept(ReadOnlySpan<char> token) => Tokens.Add(token.ToString());
    }
}

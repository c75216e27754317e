using System.Text.RegularExpressions;

namespace PaperSite.Papers;

/// <summary>
/// Mends what copying from arXiv leaves in abstracts: LaTeX quotes (<c>``x''</c>) and <c>{url}</c>
/// remnants. Everything else stays exactly as written; abstracts are text, not markup.
/// </summary>
internal static partial class AbstractTidier
{
    /// <summary>Returns the tidied abstract.</summary>
    public static string Tidy(string text)
    {
        if (text.Contains('{'))
        {
            text = UrlCommand().Replace(text, "${url}");
            text = UnbraceUrls(text);
        }

        if (text.Contains('`') || text.Contains("''", StringComparison.Ordinal))
        {
            text = LatexQuotes(text);
        }

        return text;
    }

    private static string LatexQuotes(string text) =>
        SingleOpen().Replace(
            text.Replace("``", "\u201C", StringComparison.Ordinal).Replace("''", "\u201D", StringComparison.Ordinal),
            "\u2018${inner}\u2019");

    /// <summary><c>\url{https://x}</c> → <c>https://x</c>.</summary>
    [GeneratedRegex(@"\\url\{(?<url>https?://[^\s{}]+)\}")]
    private static partial Regex UrlCommand();

    /// <summary>
    /// <c>https://x/{https://x/}</c> → <c>https://x/</c> (a hyperlink's text pasted after its target), and
    /// <c>{https://x}</c> → <c>https://x</c>. Each braced URL is compared with the text before it, rather than
    /// a pattern trying every <c>http</c> of a long run of them as the URL the braces repeat, which took
    /// seconds for a line of thousands.
    /// </summary>
    private static string UnbraceUrls(string text) =>
        BracedUrl().Replace(text, m =>
        {
            var url = m.Groups["url"].Value;
            return text.AsSpan(0, m.Index).EndsWith(url, StringComparison.Ordinal) ? "" : url;
        });

    /// <summary><c>{https://x}</c>.</summary>
    [GeneratedRegex(@"\{(?<url>https?://[^\s{}]+)\}")]
    private static partial Regex BracedUrl();

    /// <summary><c>`word'</c> → <c>‘word’</c>, only around a short run without quotes in it.</summary>
    [GeneratedRegex(@"`(?<inner>[^`'\s][^`']{0,80}?)'")]
    private static partial Regex SingleOpen();
}

using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperSite.Model;

namespace PaperSite.Papers;

/// <summary>Finds http(s) URLs in an abstract and labels them ("Code" for GitHub).</summary>
internal static partial class LinkExtractor
{
    // The ellipsis ends the abstracts listing pages cut short, often right after a URL.
    private const string TrailingPunctuation = ".,;:!?'\"\u201D\u2019\u2026";

    private static readonly SearchValues<string> Http = SearchValues.Create(["http"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A URL found in text: where it starts and the URL without trailing punctuation.</summary>
    public readonly record struct Found(int Index, string Url);

    /// <summary>Every URL in <paramref name="text"/>, in order, trailing punctuation removed.</summary>
    public static IEnumerable<Found> Find(string text) => FindWithHosts(text).Select(f => f.Found);

    /// <summary>The distinct links of an abstract, labelled for display.</summary>
    public static IReadOnlyList<PaperLink> Links(string text)
    {
        List<PaperLink>? links = null;
        HashSet<string>? seen = null;
        foreach (var (found, host) in FindWithHosts(text))
        {
            if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(found.Url))
            {
                (links ??= []).Add(Label(found.Url, host));
            }
        }

        return links ?? [];
    }

    /// <summary>Every URL in <paramref name="text"/> with its host, parsed once.</summary>
    private static IEnumerable<(Found Found, string Host)> FindWithHosts(string text)
    {
        // Most abstracts have no link: a vectorised look for "http" spares them the regex.
        if (text.AsSpan().IndexOfAny(Http) < 0)
        {
            yield break;
        }

        foreach (Match m in UrlPattern().Matches(text))
        {
            var url = TrimTrailing(m.Value);
            // The ASCII form, as browsers show a host mixing scripts: "gіthub.com" with a Cyrillic і is no GitHub label.
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Contains('.') && IsHostName(uri.Host) && AsciiHost(uri) is { } host)
            {
                yield return (new Found(m.Index, url), host);
            }
        }
    }

    /// <summary>
    /// Letters, digits, marks, hyphens and dots only: a host with a symbol in it (<c>a….org</c>) is one
    /// browsers refuse, so the text is left as text rather than made a link that goes nowhere.
    /// </summary>
    private static bool IsHostName(string host) =>
        host.All(c => c is '-' or '.' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>The host in ASCII, or null when IDNA refuses it (a label mixing right-to-left letters with others), as browsers do.</summary>
    private static string? AsciiHost(Uri uri)
    {
        try
        {
            return uri.IdnHost;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    private static PaperLink Label(string url, string uriHost)
    {
        var host = uriHost.ToLowerInvariant();
        var isGitHub = host is "github.com" or "www.github.com";
        return new PaperLink(url, isGitHub ? "Code" : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host);
    }

    /// <summary>Drops sentence punctuation after a URL, and a closing bracket that has no opening one in it.</summary>
    private static string TrimTrailing(string url)
    {
        // The brackets are counted once and kept counted as the end moves back: a URL followed by
        // thousands of ')' is trimmed in one pass, not by counting the whole URL again for each.
        var unopenedParens = url.AsSpan().Count(')') - url.AsSpan().Count('(');
        var unopenedBrackets = url.AsSpan().Count(']') - url.AsSpan().Count('[');
        var end = url.Length;
        while (end > 0)
        {
            var last = url[end - 1];
            if (TrailingPunctuation.Contains(last))
            {
                end--;
            }
            else if (last == ')' && unopenedParens > 0)
            {
                unopenedParens--;
                end--;
            }
            else if (last == ']' && unopenedBrackets > 0)
            {
                unopenedBrackets--;
                end--;
            }
            else
            {
                break;
            }
        }

        return url[..end];
    }

    [GeneratedRegex(@"https?://[^\s<>""{}|\\^`\[\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}

using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperSite.Diagnostics;
using PaperSite.Text;

namespace PaperSite.Pages;

/// <summary>
/// Markdown the site's author wrote (pages, topic descriptions), read so that nothing in it can
/// crash the build or run script on the site: nesting beyond Markdig's limit is one error, and so
/// is a script URL or an event-handler attribute, reported before anything is written.
/// </summary>
internal static class MarkdownSource
{
    private const string NoScript = "; the site does not publish script";

    private static readonly MarkdownPipeline WithoutHtml = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Checks Markdown that the pages and feeds render later (a topic description), all of it at <paramref name="line"/>.</summary>
    /// <param name="markdown">The text.</param>
    /// <param name="file">The file it is in.</param>
    /// <param name="line">Its line in the file.</param>
    /// <param name="what">What it is, for messages: "topic 'X': description" (empty for a whole file).</param>
    /// <exception cref="PaperSiteException">The Markdown is nested too deeply or links to script.</exception>
    public static void Check(string markdown, string file, int? line, string what)
    {
        var document = Guard(() => Markdown.Parse(markdown, WithoutHtml), file, line, what);
        RefuseScript(document, file, _ => line, what);
        Guard(() => Markdown.ToHtml(markdown, WithoutHtml) + Markdown.ToPlainText(markdown), file, line, what);
    }

    /// <summary>Runs a Markdig parse or render, turning its nesting limit into one error at <paramref name="line"/>.</summary>
    public static T Guard<T>(Func<T> markdig, string file, int? line, string what)
    {
        try
        {
            return markdig();
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            throw TooDeep(file, line, what, e);
        }
    }

    /// <summary>
    /// Parses and renders a whole file's <paramref name="text"/> with <paramref name="markdig"/>;
    /// nesting beyond the limit is one error on the first line where it is reached.
    /// </summary>
    public static T GuardFile<T>(string text, Func<string, T> markdig, string file)
    {
        try
        {
            return markdig(text);
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            throw TooDeep(file, FirstLineTooDeep(text, markdig), "", e);
        }
    }

    /// <summary>
    /// The fewest lines of <paramref name="text"/> that are already nested too deeply, by halving:
    /// only on the error path, and a dozen parses for a file of thousands of lines.
    /// </summary>
    private static int? FirstLineTooDeep<T>(string text, Func<string, T> markdig)
    {
        var ends = text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1).Append(text.Length).ToList();
        int low = 0, high = ends.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fails(text[..ends[middle]], markdig))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return Fails(text[..ends[low]], markdig) ? low + 1 : null;
    }

    private static bool Fails<T>(string text, Func<string, T> markdig)
    {
        try
        {
            markdig(text);
            return false;
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            return true;
        }
    }

    private static bool IsTooDeep(ArgumentException e) => e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    private static PaperSiteException TooDeep(string file, int? line, string what, Exception e) =>
        new(file, line, $"{Prefix(what)}Markdown is nested too deeply (more than {WithoutHtml.MaximumNestingDepth} levels of lists, quotes, links or emphasis)", e);

    /// <summary>Refuses links, images and attributes in <paramref name="document"/> that would run script, and character references no page can show.</summary>
    /// <param name="document">The parsed Markdown.</param>
    /// <param name="file">The file it is in.</param>
    /// <param name="lineOf">The file's line of a Markdown element.</param>
    /// <param name="what">What the Markdown is, for messages.</param>
    /// <exception cref="PaperSiteException">Something in it would run script or cannot be shown.</exception>
    public static void RefuseScript(MarkdownDocument document, string file, Func<MarkdownObject, int?> lineOf, string what)
    {
        foreach (var element in document.Descendants())
        {
            if (Problem(element) is { } problem)
            {
                throw new PaperSiteException(file, lineOf(element), $"{Prefix(what)}{problem}");
            }
        }
    }

    /// <summary>Refuses a file's <paramref name="text"/> when a line of it holds a character no page can show.</summary>
    /// <exception cref="PaperSiteException">A line holds a control character or a noncharacter.</exception>
    public static void RefuseUnshowable(string text, string file)
    {
        if (UnshowableChars.First(text) is null)
        {
            return;
        }

        // Lines end as Markdown's do, at CR, LF or CRLF; EnumerateLines would also end them at NEL and form feed, which are looked for.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (UnshowableChars.First(lines[i]) is { } first)
            {
                throw new PaperSiteException(file, i + 1, $"a control character or noncharacter ({first}), which no page can show; remove it");
            }
        }
    }

    private static string? Problem(MarkdownObject element)
    {
        if (element is HtmlEntityInline entity && UnshowableChars.First(entity.Transcoded.ToString()) is { } unshowable)
        {
            return $"the character reference '{entity.Original}' stands for a control character or noncharacter ({unshowable}), which no page can show";
        }

        var url = element switch
        {
            LinkInline link => link.Url,
            AutolinkInline autolink => autolink.Url,
            _ => null,
        };
        if (url is not null && ScriptUrl.SchemeOf(url) is { } scheme)
        {
            return $"a {scheme}: link ('{Shorten(url)}'){NoScript}";
        }

        // Generic attributes ({onclick=...}) write any attribute the author names.
        foreach (var (name, value) in element.TryGetAttributes()?.Properties ?? [])
        {
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
            {
                return $"the attribute '{name}'{NoScript}";
            }

            if (value is not null && ScriptUrl.SchemeOf(value) is { } attributeScheme)
            {
                return $"a {attributeScheme}: URL in the attribute '{name}'{NoScript}";
            }
        }

        return null;
    }

    private static string Prefix(string what) => what.Length == 0 ? "" : what + ": ";

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..60] + "…";
}

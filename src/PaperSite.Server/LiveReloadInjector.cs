using System.Net;

namespace PaperSite.Server;

/// <summary>
/// Adds the live-reload script (and, after a failed rebuild, an error banner) to HTML as it is
/// served. Only the served response changes; files in the output folder never contain it.
/// </summary>
internal static class LiveReloadInjector
{
    /// <summary>The server-sent events endpoint the script listens to.</summary>
    public const string EventsPath = "/__papersite/live";

    private const string Script =
        "<script>(function(){var s=new EventSource(\"" + EventsPath + "\");" +
        "s.onmessage=function(e){if(e.data===\"reload\"){location.reload();}};})();</script>";

    /// <summary>The page with the script before <c>&lt;/body&gt;</c> and the banner after <c>&lt;body&gt;</c>.</summary>
    public static string Inject(string html, string? buildError)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = end < 0 ? html + Script : html.Insert(end, Script);
        return buildError is null ? html : InsertBanner(html, buildError);
    }

    private static string InsertBanner(string html, string error)
    {
        var banner =
            "<div role=\"alert\" style=\"position:sticky;top:0;z-index:1000;background:#b00020;color:#fff;padding:.75rem 1rem;font:14px/1.4 monospace;white-space:pre-wrap\">" +
            "Build failed; showing the last good site.\n" + WebUtility.HtmlEncode(error) + "</div>";
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var open = body < 0 ? -1 : html.IndexOf('>', body);
        return open < 0 ? banner + html : html.Insert(open + 1, banner);
    }
}

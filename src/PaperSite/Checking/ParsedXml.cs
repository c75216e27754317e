using System.Xml;
using System.Xml.Linq;

namespace PaperSite.Checking;

/// <summary>An XML file of the output, parsed once and shared by the feed, OPML and sitemap checks.</summary>
/// <param name="File">Its site path.</param>
/// <param name="Document">The parsed document, or null when it is not well-formed.</param>
/// <param name="Error">Why it is not well-formed, with line and column; null when it is.</param>
/// <param name="LooksLikeFeed">True when the root is <c>rss</c> or Atom's <c>feed</c>, or (if malformed) the text mentions one.</param>
internal sealed record ParsedXml(string File, XDocument? Document, string? Error, bool LooksLikeFeed)
{
    /// <summary>Atom's namespace, which RSS feeds also use for their self link.</summary>
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>True when the file parsed and its root is <c>rss</c>.</summary>
    public bool IsRss => Document?.Root is { Name.LocalName: "rss", Name.NamespaceName: "" };

    /// <summary>True when the file parsed and its root is Atom's <c>feed</c>.</summary>
    public bool IsAtom => Document?.Root?.Name == Atom + "feed";

    /// <summary>Reads and parses <paramref name="file"/>; DTDs are refused, so no file can make the checker fetch or expand entities.</summary>
    public static ParsedXml Load(string outputDir, string file)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(outputDir, file));
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            var parsed = new ParsedXml(file, document, null, false);
            return parsed with { LooksLikeFeed = parsed.IsRss || parsed.IsAtom };
        }
        catch (XmlException e)
        {
            // A broken feed cannot say what it is, so guess from the text to report the right kind.
            var looksLikeFeed = text.Contains("<rss", StringComparison.Ordinal) || text.Contains("<feed", StringComparison.Ordinal);
            return new ParsedXml(file, null, e.Message, looksLikeFeed);
        }
    }

    /// <summary>Where an element is, as <c>line N</c>, for <see cref="CheckProblem.Where"/>.</summary>
    public static string Line(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "";
}

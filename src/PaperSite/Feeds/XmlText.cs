using System.Text;
using System.Xml;

namespace PaperSite.Feeds;

/// <summary>Writes XML documents deterministically: UTF-8 without BOM, two-space indent, LF line ends.</summary>
internal static class XmlText
{
    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the document's bytes.</summary>
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            // Text from dumps may hold characters XML forbids; they are dropped below, not fatal.
            CheckCharacters = true,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Removes characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Clean(string text)
    {
        if (AllXmlChars(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }

        return clean.ToString();
    }

    /// <summary>
    /// Writes an element of plain text (a title, a category): <c>&amp;</c>, <c>&lt;</c> and
    /// <c>&gt;</c> as hexadecimal character references, the form the RSS Best Practices Profile
    /// finds read literally by the most feed readers, whether they treat the element as text or HTML.
    /// </summary>
    public static void WritePlainElement(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name);
        var clean = Clean(text);
        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i] is '&' or '<' or '>')
            {
                xml.WriteString(clean[start..i]);
                xml.WriteCharEntity(clean[i]);
                start = i + 1;
            }
        }

        xml.WriteString(clean[start..]);
        xml.WriteEndElement();
    }

    /// <summary>
    /// Writes an element that feed readers read as HTML (an item's <c>description</c>) holding
    /// <paramref name="text"/> shown as text: HTML-escaped, then XML-escaped by the writer.
    /// </summary>
    public static void WriteTextAsHtmlElement(XmlWriter xml, string name, string text) =>
        xml.WriteElementString(name, HtmlEscape(Clean(text)));

    private static string HtmlEscape(string text) =>
        text.IndexOfAny(['&', '<', '>', '"', '\'']) < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal)
                .Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>True when every character may appear in XML as it is: the common case, checked without a delegate call per character.</summary>
    private static bool AllXmlChars(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}

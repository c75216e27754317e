using PaperSite.Diagnostics;
using PaperSite.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperSite.Configuration;

/// <summary>
/// Refuses values that hold characters no page or feed can show: YAML's escapes (<c>"\0"</c>,
/// <c>"\a"</c>, <c>"\x1b"</c>, <c>"\uFFFE"</c>) write controls and noncharacters that the file's
/// own text may not hold.
/// </summary>
internal static class YamlCharacters
{
    /// <summary>Reads <paramref name="text"/> event by event; syntax errors are left to the deserialiser.</summary>
    /// <exception cref="PaperSiteException">A value or key holds a control character or a noncharacter.</exception>
    public static void Check(string text, string displayName, int lineOffset)
    {
        var parser = new Parser(new StringReader(text));
        while (MoveNext(parser))
        {
            if (parser.Current is Scalar scalar && UnshowableChars.First(scalar.Value) is { } first)
            {
                throw new PaperSiteException(
                    displayName,
                    (int)scalar.Start.Line + lineOffset,
                    $"this text has a control character or noncharacter ({first}), which no page can show; remove it");
            }
        }
    }

    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return false;
        }
    }
}

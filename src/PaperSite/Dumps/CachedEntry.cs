using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Dumps;

/// <summary>An entry of a <see cref="CachedDump"/>.</summary>
/// <param name="Title">The title line, trimmed.</param>
/// <param name="Line">1-based line number of the title.</param>
/// <param name="AbstractLine">1-based line number of the abstract; 0 when there is none.</param>
/// <param name="AbstractLength">The tidied abstract's length in characters.</param>
/// <param name="AbstractKey">The tidied abstract's key.</param>
/// <param name="Excerpt">The tidied abstract's excerpt.</param>
internal sealed record CachedEntry(string Title, int Line, int AbstractLine, int AbstractLength, UInt128 AbstractKey, string Excerpt)
{
    /// <summary>True when the lines it names are lines of a dump of <paramref name="lineCount"/> lines.</summary>
    public bool FitsIn(int lineCount) =>
        Line >= 1 && Line <= lineCount && AbstractLength >= 0
        && (AbstractLength == 0 || (AbstractLine >= 1 && AbstractLine <= lineCount));

    /// <summary>The entry's abstract, made of the dump's <paramref name="text"/> when it is asked for.</summary>
    public PaperText Abstract(DumpText text)
    {
        if (AbstractLength == 0)
        {
            return PaperTexts.Empty;
        }

        var line = AbstractLine;
        return new PaperText(() => AbstractTidier.Tidy(text.Line(line)), AbstractLength, AbstractKey, Excerpt);
    }
}

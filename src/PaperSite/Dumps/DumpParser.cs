using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Dumps;

/// <summary>
/// Reads one saved listing page: drops page chrome, takes the date line, and pairs each title
/// with the abstract under it. Anything it cannot pair is reported, never dropped silently.
/// </summary>
internal static class DumpParser
{
    /// <summary>Parses a dump's bytes; returns null (with a warning) when the file is not text.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="fileName">The file's name, for messages and its date.</param>
    /// <param name="defaultYear">Year for date lines without one when the file name has none.</param>
    /// <param name="diagnostics">Where warnings go.</param>
    public static Dump? Parse(ReadOnlySpan<byte> bytes, string fileName, int? defaultYear, DiagnosticBag diagnostics) =>
        DumpDecoder.Decode(bytes, fileName, diagnostics) is { } lines ? Parse(lines, fileName, defaultYear, diagnostics) : null;

    /// <summary>Parses a dump already decoded into lines (see <see cref="DumpDecoder"/>).</summary>
    /// <param name="lines">The file's trimmed lines.</param>
    /// <param name="fileName">The file's name, for messages and its date.</param>
    /// <param name="defaultYear">Year for date lines without one when the file name has none.</param>
    /// <param name="diagnostics">Where warnings go.</param>
    public static Dump Parse(IReadOnlyList<DumpLine> lines, string fileName, int? defaultYear, DiagnosticBag diagnostics)
    {
        var (content, dateLine) = SeparateChrome(lines, fileName, diagnostics);
        var entries = Pair(content, fileName, diagnostics);
        if (entries.Count == 0)
        {
            diagnostics.Warn(fileName, null, "no papers found in this dump");
        }

        return new Dump(fileName, ResolveDate(fileName, dateLine, defaultYear, diagnostics), entries);
    }

    private static (List<DumpLine> Content, (DumpLine Line, DateLine Date)? DateLine) SeparateChrome(
        IReadOnlyList<DumpLine> lines, string fileName, DiagnosticBag diagnostics)
    {
        var content = new List<DumpLine>(lines.Count);
        (DumpLine, DateLine)? first = null;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0 || PageBoilerplate.IsBoilerplate(line.Text))
            {
                continue;
            }

            if (DateLine.TryParse(line.Text) is { } date)
            {
                if (first is null)
                {
                    first = (line, date);
                }
                else
                {
                    diagnostics.Warn(fileName, line.Number, $"another date line '{line.Text}' ignored: a dump is one digest; split the file to make two");
                }

                continue;
            }

            if (DateLine.IsDateShaped(line.Text))
            {
                diagnostics.Warn(fileName, line.Number, $"date line '{line.Text}' is not a real date; ignored");
                continue;
            }

            var text = content.Count == 0 ? PageBoilerplate.StripGluedPrefix(line.Text) : line.Text;
            content.Add(line with { Text = text });
        }

        return (content, first);
    }

    private static List<DumpEntry> Pair(List<DumpLine> content, string fileName, DiagnosticBag diagnostics)
    {
        var entries = new List<DumpEntry>(content.Count / 2);
        DumpLine? title = null;
        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            var next = i + 1 < content.Count ? content[i + 1].Text : null;
            if (title is not { } pending)
            {
                if (IsOrphanAbstract(line.Text, next))
                {
                    diagnostics.Warn(fileName, line.Number, "text that looks like an abstract has no title above it; skipped");
                }
                else
                {
                    title = line;
                }
            }
            else if (StartsNextEntry(line.Text, next))
            {
                entries.Add(WithoutAbstract(pending, fileName, diagnostics));
                title = line;
            }
            else
            {
                entries.Add(new DumpEntry(pending.Text, PaperTexts.Of(line.Text), pending.Number, line.Number));
                title = null;
            }
        }

        if (title is { } last)
        {
            entries.Add(WithoutAbstract(last, fileName, diagnostics));
        }

        return entries;
    }

    private static bool IsOrphanAbstract(string line, string? next) =>
        LineShape.IsAbstractLike(line) && !LineShape.IsTitleLike(line) && (next is null || LineShape.IsTitleLike(next));

    /// <summary>A title-shaped line followed by an abstract-shaped one is the next entry, not this one's abstract.</summary>
    private static bool StartsNextEntry(string line, string? next) =>
        LineShape.IsTitleLike(line) && !LineShape.IsAbstractLike(line) && next is not null && !LineShape.IsTitleLike(next);

    private static DumpEntry WithoutAbstract(DumpLine title, string fileName, DiagnosticBag diagnostics)
    {
        diagnostics.Warn(fileName, title.Number, $"'{title.Text}' has no abstract; its page shows the title only");
        return new DumpEntry(title.Text, PaperTexts.Empty, title.Number);
    }

    private static DateOnly? ResolveDate(string fileName, (DumpLine Line, DateLine Date)? dateLine, int? defaultYear, DiagnosticBag diagnostics)
    {
        if (DumpFileName.Date(fileName) is { } fromName)
        {
            return fromName;
        }

        if (dateLine is not { } found)
        {
            return null;
        }

        if (found.Date.YearOutOfRange)
        {
            diagnostics.Warn(fileName, found.Line.Number, $"date line '{found.Line.Text}' has a year outside {YearRange.Min}–{YearRange.Max}; the digest is undated");
            return null;
        }

        var date = found.Date.In(DumpFileName.Year(fileName) ?? defaultYear);
        if (date is null)
        {
            diagnostics.Warn(fileName, found.Line.Number, $"date line '{found.Line.Text}' has no year: put one in the file name (2024-03-11.txt) or set 'year:' in site.yml; the digest is undated");
        }

        return date;
    }
}

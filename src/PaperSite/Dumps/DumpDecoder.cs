using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Text;

namespace PaperSite.Dumps;

/// <summary>
/// Turns a dump's bytes into trimmed lines: UTF-8 with or without BOM, any line ending. A line that
/// is not valid UTF-8 is kept with U+FFFD in place of the bad bytes and reported; characters no page
/// can show (controls, noncharacters) and bidirectional overrides are removed from a line and reported.
/// </summary>
internal static class DumpDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>, or returns null (with a warning) when the file is not text.</summary>
    public static IReadOnlyList<DumpLine>? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (IsUtf16(bytes))
        {
            diagnostics.Warn(file, null, "is UTF-16 text (its byte order mark says so), which dumps are not; save it as UTF-8; skipped");
            return null;
        }

        if (LooksBinary(bytes))
        {
            diagnostics.Warn(file, null, "not a text file (it has NUL or control bytes); skipped");
            return null;
        }

        bytes = WithoutBom(bytes);

        // Sized once: growing the list copies every line of a large dump again, into memory never touched before.
        var lines = new List<DumpLine>(bytes.Count((byte)'\n') + 1);
        var number = 0;
        while (!bytes.IsEmpty)
        {
            number++;
            lines.Add(new DumpLine(number, TrimLine(DecodeLine(NextLine(ref bytes), file, number, diagnostics))));
        }

        return lines;
    }

    /// <summary>Where each line of a text file's <paramref name="bytes"/> lies in them, without its line break, as <see cref="Decode"/> cuts them.</summary>
    public static IReadOnlyList<Range> LineRanges(ReadOnlySpan<byte> bytes)
    {
        var ranges = new List<Range>(bytes.Count((byte)'\n') + 1);
        var start = bytes.Length - WithoutBom(bytes).Length;
        var rest = bytes[start..];
        while (!rest.IsEmpty)
        {
            var line = NextLine(ref rest);
            ranges.Add(new Range(start, start + line.Length));
            start = bytes.Length - rest.Length;
        }

        return ranges;
    }

    /// <summary>A line of a text file, decoded and trimmed exactly as <see cref="Decode"/> does (its warning, if any, was reported then).</summary>
    public static string DecodeLine(ReadOnlySpan<byte> raw) => TrimLine(DecodeLine(raw, "", 0, new DiagnosticBag()));

    /// <summary>
    /// A line without the spaces and byte order marks around it: files joined into one dump (<c>cat</c>)
    /// keep the second file's BOM at the start of a line, where it would make an invisible difference
    /// between the title and the same title elsewhere.
    /// </summary>
    private static string TrimLine(string line) => line.Trim().Trim('\uFEFF').Trim();

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>The line at the start of <paramref name="bytes"/>, which move past it and its line break.</summary>
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
        var raw = end < 0 ? bytes : bytes[..end];
        bytes = end < 0 ? [] : bytes[(end + LineBreakLength(bytes[end..]))..];
        return raw;
    }

    private static int LineBreakLength(ReadOnlySpan<byte> atBreak) =>
        atBreak.Length > 1 && atBreak[0] == '\r' && atBreak[1] == '\n' ? 2 : 1;

    private static string DecodeLine(ReadOnlySpan<byte> raw, string file, int number, DiagnosticBag diagnostics) =>
        WithoutBidiControls(WithoutUnshowable(Utf8(raw, file, number, diagnostics), file, number, diagnostics), file, number, diagnostics);

    private static string Utf8(ReadOnlySpan<byte> raw, string file, int number, DiagnosticBag diagnostics)
    {
        try
        {
            return Strict.GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Warn(file, number, "line is not valid UTF-8; the invalid bytes are shown as \uFFFD");
            return Lenient.GetString(raw);
        }
    }

    // A NUL or control past the sample LooksBinary reads, or a few in a text file, would make every page showing the line invalid HTML.
    private static string WithoutUnshowable(string line, string file, int number, DiagnosticBag diagnostics)
    {
        if (UnshowableChars.First(line) is not { } first)
        {
            return line;
        }

        diagnostics.Warn(file, number, $"line has control characters or noncharacters (the first is {first}), which no page can show; removed");
        return UnshowableChars.Remove(line);
    }

    private static string WithoutBidiControls(string line, string file, int number, DiagnosticBag diagnostics)
    {
        if (BidiControls.First(line) is not { } first)
        {
            return line;
        }

        diagnostics.Warn(file, number, $"line has bidirectional embedding or override characters (the first is {first}), which would reorder the text after them on a page; removed");
        return BidiControls.Remove(line);
    }

    /// <summary>What Windows editors save as "Unicode": every other byte NUL, which would otherwise be called not text at all.</summary>
    private static bool IsUtf16(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>Text files have no NUL bytes and few control characters other than tab, CR, LF and FF.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }
}

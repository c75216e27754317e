using System.Text;
using PaperSite.Diagnostics;

namespace PaperSite.Dumps;

/// <summary>
/// Turns a dump's bytes into trimmed lines: UTF-8 with or without BOM, any line ending. A line that
/// is not valid UTF-8 is kept with U+FFFD in place of the bad bytes and reported.
/// </summary>
public static class DumpDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/>, or returns null (with a warning) when the file is not text.</summary>
    public static IReadOnlyList<DumpLine>? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (LooksBinary(bytes))
        {
            diagnostics.Warn(file, null, "not a text file (it has NUL or control bytes); skipped");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // Sized once: growing the list copies every line of a large dump again, into memory never touched before.
        var lines = new List<DumpLine>(bytes.Count((byte)'\n') + 1);
        var number = 0;
        while (!bytes.IsEmpty)
        {
            number++;
            var end = bytes.IndexOfAny((byte)'\n', (byte)'\r');
            var raw = end < 0 ? bytes : bytes[..end];
            lines.Add(new DumpLine(number, DecodeLine(raw, file, number, diagnostics).Trim()));
            bytes = end < 0 ? [] : bytes[(end + LineBreakLength(bytes[end..]))..];
        }

        return lines;
    }

    private static int LineBreakLength(ReadOnlySpan<byte> atBreak) =>
        atBreak.Length > 1 && atBreak[0] == '\r' && atBreak[1] == '\n' ? 2 : 1;

    private static string DecodeLine(ReadOnlySpan<byte> raw, string file, int number, DiagnosticBag diagnostics)
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

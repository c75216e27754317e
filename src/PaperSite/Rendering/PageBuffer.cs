using System.Globalization;
using System.Text;

namespace PaperSite.Rendering;

/// <summary>
/// A text buffer a thread renders into, kept from page to page. Rendering each page into a fresh
/// string builder, turning it into a string and that into UTF-8 allocated several copies of every
/// page, most of them on the large object heap (a topic page is over 100 KB as UTF-16); here the
/// buffer is reused, a layout's body is copied from one buffer into the other, and the page's bytes
/// are encoded straight from it.
/// </summary>
internal sealed class PageBuffer
{
    private const int InitialChars = 256 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder _text = new(InitialChars);
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _bytes = [];

    /// <summary>An empty buffer.</summary>
    public PageBuffer() => Writer = new StringWriter(_text, CultureInfo.InvariantCulture);

    /// <summary>Where templates write.</summary>
    public TextWriter Writer { get; }

    /// <summary>How many characters were written.</summary>
    public int Length => _text.Length;

    /// <summary>Empties the buffer, keeping its memory.</summary>
    public PageBuffer Clear()
    {
        _text.Clear();
        return this;
    }

    /// <summary>Writes what was written here to <paramref name="writer"/>, without making a string of it.</summary>
    public void CopyTo(TextWriter writer)
    {
        foreach (var chunk in _text.GetChunks())
        {
            writer.Write(chunk.Span);
        }
    }

    /// <summary>What was written, as a string.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>What was written, as UTF-8 without a byte order mark.</summary>
    public byte[] ToUtf8()
    {
        // Encoded into a buffer kept from page to page, then copied at its length: counting the bytes
        // first would take a second pass, and an encoder does not count a surrogate pair split between
        // two chunks as the one character it encodes.
        var most = Utf8.GetMaxByteCount(_text.Length);
        if (_bytes.Length < most)
        {
            // Grown in steps, so a run of ever larger pages does not reallocate it for each.
            _bytes = new byte[Math.Max(most, 2 * _bytes.Length)];
        }

        _encoder.Reset();
        var at = 0;
        foreach (var chunk in _text.GetChunks())
        {
            at += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(at), flush: false);
        }

        at += _encoder.GetBytes([], _bytes.AsSpan(at), flush: true);
        return _bytes.AsSpan(0, at).ToArray();
    }
}

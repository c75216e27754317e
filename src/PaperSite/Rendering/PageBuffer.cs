using System.Globalization;
using System.Text;

namespace PaperSite.Rendering;

/// <summary>
/// A text buffer a thread renders its pages into, kept from page to page. Rendering each page into
/// a fresh string builder, turning it into a string and that into UTF-8 allocated several copies of
/// every page, most of them on the large object heap (a topic page is over 100 KB as UTF-16); here
/// the buffer is reused and the page's bytes are encoded straight from it.
/// </summary>
internal sealed class PageBuffer
{
    private const int InitialChars = 256 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static PageBuffer? t_current;

    private readonly StringBuilder _text = new(InitialChars);
    private readonly Encoder _encoder = Utf8.GetEncoder();

    private PageBuffer() => Writer = new StringWriter(_text, CultureInfo.InvariantCulture);

    /// <summary>This thread's buffer, emptied.</summary>
    public static PageBuffer Empty()
    {
        var buffer = t_current ??= new PageBuffer();
        buffer._text.Clear();
        return buffer;
    }

    /// <summary>Where templates write.</summary>
    public TextWriter Writer { get; }

    /// <summary>How many characters were written.</summary>
    public int Length => _text.Length;

    /// <summary>What was written, as a string; the buffer is emptied.</summary>
    public string TakeText()
    {
        var text = _text.ToString();
        _text.Clear();
        return text;
    }

    /// <summary>What was written, as UTF-8 without a byte order mark.</summary>
    public byte[] ToUtf8()
    {
        // The encoder carries a surrogate pair split between two chunks over to the next one.
        _encoder.Reset();
        var length = 0;
        foreach (var chunk in _text.GetChunks())
        {
            length += _encoder.GetByteCount(chunk.Span, flush: false);
        }

        length += _encoder.GetByteCount([], flush: true);
        var bytes = new byte[length];
        _encoder.Reset();
        var at = 0;
        foreach (var chunk in _text.GetChunks())
        {
            at += _encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        }

        at += _encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return at == length ? bytes : throw new InvalidOperationException("UTF-8 length changed while encoding");
    }
}

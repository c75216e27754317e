using System.Buffers;
using System.Globalization;
using System.Text;

namespace PaperSite.Lunr;

/// <summary>
/// Writes JSON text byte for byte as <c>JSON.stringify</c> would: strings escape only <c>"</c>, <c>\</c>,
/// control characters (short forms where JSON has them, else lowercase <c>\u00xx</c>) and lone surrogates;
/// everything else is raw UTF-8. Numbers use JavaScript's formatting. The buffer comes from the array pool.
/// </summary>
internal sealed class LunrJsonWriter : IDisposable
{
    /// <summary>Chars a string cannot copy straight through: controls, quote, backslash, surrogates.</summary>
    private static readonly SearchValues<char> NeedsEscapeOrCare = SearchValues.Create(BuildNeedsCare());

    private byte[] _buffer;
    private int _length;

    public LunrJsonWriter(int initialCapacity = 4096)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Forgets what was written, keeping the buffer.</summary>
    public void Reset() => _length = 0;

    /// <summary>Number of bytes written so far.</summary>
    public int Length => _length;

    /// <summary>Appends ASCII punctuation or a pre-encoded literal.</summary>
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Reserve(utf8.Length));
        _length += utf8.Length;
    }

    /// <summary>Appends one ASCII byte.</summary>
    public void Raw(byte ascii)
    {
        Reserve(1)[0] = ascii;
        _length++;
    }

    /// <summary>Appends a non-negative or negative integer.</summary>
    public void Integer(long value)
    {
        value.TryFormat(Reserve(20), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Appends a number as <c>JSON.stringify</c> prints it (NaN and infinities become <c>null</c>).</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            Raw("null"u8);
            return;
        }

        if (TryWriteThousandths(value))
        {
            return;
        }

        var text = JsNumber.ToString(value);
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        _length += text.Length;
    }

    /// <summary>Writes <c>[item, …]</c>, each item by <paramref name="write"/>.</summary>
    public void Array<T>(IReadOnlyList<T> items, Action<LunrJsonWriter, T> write)
    {
        Raw((byte)'[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Raw((byte)',');
            }

            write(this, items[i]);
        }

        Raw((byte)']');
    }

    /// <summary>Appends a quoted, escaped string.</summary>
    public void String(string value)
    {
        Raw((byte)'"');
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny(NeedsEscapeOrCare);
            if (stop < 0)
            {
                Utf8(rest);
                break;
            }

            Utf8(rest[..stop]);
            rest = rest[stop..];
            var c = rest[0];
            if (char.IsHighSurrogate(c) && rest.Length > 1 && char.IsLowSurrogate(rest[1]))
            {
                Utf8(rest[..2]);
                rest = rest[2..];
                continue;
            }

            Escape(c);
            rest = rest[1..];
        }

        Raw((byte)'"');
    }

    /// <summary>Copies the written bytes into a new array.</summary>
    public byte[] ToArray() => Written.ToArray();

    /// <inheritdoc />
    public void Dispose()
    {
        var rented = _buffer;
        _buffer = [];
        _length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Fast path for lunr's scores, which are all <c>Math.round(x * 1000) / 1000</c>: when the value is exactly
    /// k/1000 its shortest round-trip form is k/1000 in plain decimals (no shorter decimal lies that close).
    /// </summary>
    private bool TryWriteThousandths(double value)
    {
        var scaled = value * 1000;
        if (!(Math.Abs(scaled) < 1e15))
        {
            return false;
        }

        var k = Math.Round(scaled);
        if (k / 1000 != value)
        {
            return false;
        }

        var thousandths = (long)k;
        if (thousandths < 0)
        {
            Raw((byte)'-');
            thousandths = -thousandths;
        }

        Integer(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction != 0)
        {
            var span = Reserve(4);
            span[0] = (byte)'.';
            span[1] = (byte)('0' + fraction / 100);
            span[2] = (byte)('0' + fraction / 10 % 10);
            span[3] = (byte)('0' + fraction % 10);
            _length += fraction % 100 == 0 ? 2 : fraction % 10 == 0 ? 3 : 4;
        }

        return true;
    }

    private void Utf8(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        _length += Encoding.UTF8.GetBytes(chars, Reserve(chars.Length * 3));
    }

    private void Escape(char c)
    {
        switch (c)
        {
            case '"': Raw("\\\""u8); return;
            case '\\': Raw("\\\\"u8); return;
            case '\b': Raw("\\b"u8); return;
            case '\f': Raw("\\f"u8); return;
            case '\n': Raw("\\n"u8); return;
            case '\r': Raw("\\r"u8); return;
            case '\t': Raw("\\t"u8); return;
        }

        // Other controls and lone surrogates: \u with four lowercase hex digits.
        var span = Reserve(6);
        span[0] = (byte)'\\';
        span[1] = (byte)'u';
        ((int)c).TryFormat(span[2..], out _, "x4", CultureInfo.InvariantCulture);
        _length += 6;
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsSpan(_length);
    }

    private static string BuildNeedsCare()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Append(c);
        }

        chars.Append('"').Append('\\');
        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }
}

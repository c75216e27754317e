using System.Text;

namespace PaperSite.Checking;

/// <summary>
/// Reads a page into buffers reused by the thread, decoded as <see cref="File.ReadAllText(string)"/>
/// decodes it (UTF-8 unless a byte order mark says otherwise). Topic and digest pages are large
/// enough that a new string for each lands on the large object heap, and the full collections
/// that follow would cost more than the reading.
/// </summary>
internal sealed class PageText
{
    private static readonly ThreadLocal<PageText> PerThread = new(() => new PageText());

    private byte[] _bytes = new byte[1 << 16];
    private char[] _chars = new char[1 << 16];

    /// <summary>
    /// The text of <paramref name="path"/>, valid until this thread's next call: the caller
    /// parses it and drops the document before reading the next page.
    /// </summary>
    public static ReadOnlyMemory<char> Read(string path) => PerThread.Value!.ReadInto(path);

    private ReadOnlyMemory<char> ReadInto(string path)
    {
        var length = ReadBytes(path);
        var bytes = _bytes.AsSpan(0, length);
        if (HasOtherByteOrderMark(bytes))
        {
            // UTF-16 and UTF-32 pages are rare enough to take the general path.
            return File.ReadAllText(path).AsMemory();
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        // Invalid sequences become U+FFFD, as StreamReader makes them.
        var count = Encoding.UTF8.GetChars(bytes, _chars);
        return _chars.AsMemory(0, count);
    }

    private int ReadBytes(string path)
    {
        using var handle = File.OpenHandle(path);
        var size = RandomAccess.GetLength(handle);
        if (_bytes.Length < size + 1)
        {
            _bytes = new byte[Math.Max(size + 1, _bytes.Length * 2L)];
        }

        // Read to the end rather than trusting the size, in case the file grows meanwhile.
        var total = 0;
        int read;
        while ((read = RandomAccess.Read(handle, _bytes.AsSpan(total), total)) > 0)
        {
            total += read;
            if (total == _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }
        }

        return total;
    }

    /// <summary>UTF-16 (either order) and UTF-32 big-endian marks; UTF-32 little-endian starts like UTF-16 little-endian.</summary>
    private static bool HasOtherByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}

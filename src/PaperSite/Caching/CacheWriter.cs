using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace PaperSite.Caching;

/// <summary>
/// Writes a cache entry's value to its file through one small buffer (a value may be tens of megabytes):
/// little-endian numbers and length-prefixed UTF-8 strings, read back by <see cref="CacheReader"/>, hashed as
/// they go for the entry's checksum.
/// </summary>
internal sealed class CacheWriter
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly XxHash3 _checksum = new();
    private byte[] _buffer = new byte[BufferSize];
    private int _used;

    /// <summary>Writes to <paramref name="stream"/>; <see cref="Finish"/> must be called at the end.</summary>
    public CacheWriter(Stream stream) => _stream = stream;

    /// <summary>Writes a 32-bit number.</summary>
    public void Write(int value) => BinaryPrimitives.WriteInt32LittleEndian(Room(sizeof(int)), value);

    /// <summary>Writes a 64-bit number.</summary>
    public void Write(long value) => BinaryPrimitives.WriteInt64LittleEndian(Room(sizeof(long)), value);

    /// <summary>Writes a 32-bit float, bit for bit.</summary>
    public void Write(float value) => Write(BitConverter.SingleToInt32Bits(value));

    /// <summary>Writes a 128-bit key.</summary>
    public void Write(UInt128 value) => BinaryPrimitives.WriteUInt128LittleEndian(Room(16), value);

    /// <summary>Writes a flag as one byte.</summary>
    public void Write(bool value) => Room(1)[0] = value ? (byte)1 : (byte)0;

    /// <summary>Writes a string: its UTF-8 length, then its UTF-8 bytes.</summary>
    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Write(length);
        Encoding.UTF8.GetBytes(value, Room(length));
    }

    /// <summary>Writes 32-bit numbers as one run, as fast as bytes (the reader must know how many).</summary>
    public void Write(ReadOnlySpan<int> values)
    {
        if (BitConverter.IsLittleEndian)
        {
            // In pieces of the buffer's size: a run of any length needs no larger buffer.
            for (var bytes = MemoryMarshal.AsBytes(values); !bytes.IsEmpty; bytes = bytes[Math.Min(bytes.Length, BufferSize)..])
            {
                WriteRaw(bytes[..Math.Min(bytes.Length, BufferSize)]);
            }

            return;
        }

        foreach (var value in values)
        {
            Write(value);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> as they are (the reader must know their length).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Room(bytes.Length));

    /// <summary>Writes what is still buffered; returns the checksum of everything written.</summary>
    public ulong Finish()
    {
        Flush();
        return _checksum.GetCurrentHashAsUInt64();
    }

    /// <summary>The next <paramref name="length"/> bytes of the buffer, to fill now.</summary>
    private Span<byte> Room(int length)
    {
        if (_used + length > _buffer.Length)
        {
            Flush();
            if (length > _buffer.Length)
            {
                _buffer = new byte[length];
            }
        }

        var room = _buffer.AsSpan(_used, length);
        _used += length;
        return room;
    }

    private void Flush()
    {
        var written = _buffer.AsSpan(0, _used);
        _checksum.Append(written);
        _stream.Write(written);
        _used = 0;
    }
}

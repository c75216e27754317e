using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace PaperSite.Caching;

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote, from the entry's file through one small buffer, hashing
/// what it reads for the entry's checksum. Reading past the end or a count that cannot be throws
/// <see cref="InvalidDataException"/>, which <see cref="BuildCache.Load{T}"/> takes for a miss.
/// </summary>
internal sealed class CacheReader
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly XxHash3 _checksum = new();
    private byte[] _buffer = new byte[BufferSize];
    private int _position;
    private int _filled;

    // Bytes of the stream not yet in the buffer.
    private long _unbuffered;

    /// <summary>Reads the rest of <paramref name="stream"/>.</summary>
    public CacheReader(Stream stream)
    {
        _stream = stream;
        _unbuffered = stream.Length - stream.Position;
    }

    /// <summary>Reads a 32-bit number.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    /// <summary>Reads a 64-bit number.</summary>
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    /// <summary>
    /// Reads a 32-bit number that counts things of at least a byte each: never negative, never more than
    /// the bytes left. The checksum is only known at the end, so a damaged count must not be trusted
    /// with an array's size before.
    /// </summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        return count >= 0 && count <= _unbuffered + _filled - _position ? count : throw new InvalidDataException("cache entry has an impossible count");
    }

    /// <summary>Reads a 32-bit float.</summary>
    public float ReadSingle() => BitConverter.Int32BitsToSingle(ReadInt32());

    /// <summary>Reads a 128-bit key.</summary>
    public UInt128 ReadUInt128() => BinaryPrimitives.ReadUInt128LittleEndian(Take(16));

    /// <summary>Reads a flag.</summary>
    public bool ReadBoolean() => Take(1)[0] != 0;

    /// <summary>Reads <paramref name="count"/> 32-bit numbers written as one run (<see cref="CacheWriter.Write(ReadOnlySpan{int})"/>).</summary>
    public int[] ReadInt32s(int count)
    {
        if (count < 0 || (long)count * sizeof(int) > _unbuffered + _filled - _position)
        {
            throw new InvalidDataException("cache entry has an impossible count");
        }

        var values = new int[count];
        ReadInto(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }

        return values;
    }

    /// <summary>Reads a string.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadCount()));

    /// <summary>Reads every byte left.</summary>
    public byte[] ReadToEnd()
    {
        using var rest = new MemoryStream();
        while (Fill(1))
        {
            rest.Write(Take(_filled - _position));
        }

        return rest.ToArray();
    }

    /// <summary>True when every byte was read and they are the bytes written: their checksum is <paramref name="checksum"/>.</summary>
    public bool EndsWith(ulong checksum) => !Fill(1) && _checksum.GetCurrentHashAsUInt64() == checksum;

    /// <summary>
    /// Fills <paramref name="destination"/>: first from the buffer, then straight from the stream, so a
    /// long run is copied once (a term count cache holds megabytes of them).
    /// </summary>
    private void ReadInto(Span<byte> destination)
    {
        var buffered = Math.Min(destination.Length, _filled - _position);
        _buffer.AsSpan(_position, buffered).CopyTo(destination);
        _position += buffered;
        var rest = destination[buffered..];
        if (rest.IsEmpty)
        {
            return;
        }

        // The buffer is used up: what it read is hashed, then the rest in the order it comes.
        _checksum.Append(_buffer.AsSpan(0, _position));
        _position = 0;
        _filled = 0;
        if (_stream.ReadAtLeast(rest, rest.Length, throwOnEndOfStream: false) < rest.Length)
        {
            throw new InvalidDataException("cache entry ends early");
        }

        _checksum.Append(rest);
        _unbuffered -= rest.Length;
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (!Fill(length))
        {
            throw new InvalidDataException("cache entry ends early");
        }

        var span = _buffer.AsSpan(_position, length);
        _position += length;
        return span;
    }

    /// <summary>Makes sure at least <paramref name="length"/> unread bytes are in the buffer; false when the stream has fewer.</summary>
    private bool Fill(int length)
    {
        if (_filled - _position >= length)
        {
            return true;
        }

        var unread = _filled - _position;
        if (length > _buffer.Length)
        {
            // Only a damaged count asks for more than the file holds: no larger buffer than that.
            if (length > _unbuffered + unread)
            {
                return false;
            }

            Array.Resize(ref _buffer, length);
        }

        // What was read is hashed once it leaves the buffer; what is unread moves to the front.
        _checksum.Append(_buffer.AsSpan(0, _position));

        _buffer.AsSpan(_position, unread).CopyTo(_buffer);
        _position = 0;
        _filled = unread;
        while (_filled < length)
        {
            var read = _stream.Read(_buffer, _filled, _buffer.Length - _filled);
            if (read == 0)
            {
                return false;
            }

            _filled += read;
            _unbuffered -= read;
        }

        return true;
    }
}

using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace PaperSite.Caching;

/// <summary>
/// Short content hashes (XXH128, 32 hex digits) used to tell files and their inputs apart. They only
/// have to tell PaperSite's own outputs and inputs apart, never resist a forger, so a fast
/// non-cryptographic hash does: a build hashes every file it makes (hundreds of megabytes for a
/// large site) and every page's model, and XXH128 does that an order of magnitude faster than SHA-256.
/// </summary>
internal static class Fingerprint
{
    private const int HashBytes = 16;

    /// <summary>The fingerprint of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        XxHash128.Hash(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The fingerprint of <paramref name="text"/> as UTF-8.</summary>
    public static string Of(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Of(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The fingerprint of the bytes <paramref name="write"/> writes, without keeping them.</summary>
    public static string Of(Action<Stream> write)
    {
        using var stream = new HashingStream();
        write(stream);
        return stream.Fingerprint();
    }

    /// <summary>A write-only stream that hashes what passes through it.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly XxHash128 _hash = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public string Fingerprint()
        {
            Span<byte> hash = stackalloc byte[HashBytes];
            _hash.GetCurrentHash(hash);
            return Convert.ToHexStringLower(hash);
        }

        public override void Write(byte[] buffer, int offset, int count) => _hash.Append(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.Append(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace PaperSite.Output;

/// <summary>Short content hashes (the first 128 bits of SHA-256, hex) used to tell files and their inputs apart.</summary>
public static class Fingerprint
{
    /// <summary>The fingerprint of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>The fingerprint of <paramref name="text"/> as UTF-8.</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>The fingerprint of the bytes <paramref name="write"/> writes, without keeping them.</summary>
    public static string Of(Action<Stream> write)
    {
        using var stream = new HashingStream();
        write(stream);
        return Convert.ToHexStringLower(stream.Hash())[..32];
    }

    /// <summary>A write-only stream that hashes what passes through it.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => _hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

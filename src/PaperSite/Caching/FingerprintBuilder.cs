using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PaperSite.Caching;

/// <summary>
/// A <see cref="Fingerprint"/> of a sequence of values, hashed as they are appended: no text of
/// them all is built first. Each string is hashed with its length, so <c>"ab", "c"</c> and
/// <c>"a", "bc"</c> differ without a delimiter that the text itself could contain. A builder gives
/// one fingerprint: once it has, appending more is an error.
/// </summary>
internal sealed class FingerprintBuilder
{
    // The hasher's state is some 600 bytes, and a build makes builders for every paper several
    // times over: each thread keeps one spare, which a builder takes and gives back with its result.
    [ThreadStatic]
    private static XxHash128? t_spare;

    private XxHash128? _hash;
    private UInt128 _result;

    /// <summary>Starts an empty fingerprint.</summary>
    public FingerprintBuilder()
    {
        _hash = t_spare ?? new XxHash128();
        t_spare = null;
    }

    private XxHash128 Hash => _hash ?? throw new InvalidOperationException("this fingerprint was given already; start a new builder");

    /// <summary>Appends <paramref name="text"/> (null and empty differ).</summary>
    public FingerprintBuilder Append(string? text)
    {
        Append(text?.Length ?? -1);
        Hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    /// <summary>Appends <paramref name="value"/>.</summary>
    public FingerprintBuilder Append(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        Hash.Append(bytes);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> (a hash of something else, say).</summary>
    public FingerprintBuilder Append(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        Hash.Append(bytes);
        return this;
    }

    /// <summary>The fingerprint of everything appended, in the same 32-hex-digit form as <see cref="Fingerprint.Of(ReadOnlySpan{byte})"/>.</summary>
    public override string ToString()
    {
        // XXH128's canonical form: the number, most significant byte first.
        Span<byte> hash = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(hash, ToUInt128());
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The hash of everything appended, as a number (a compact key for lookups).</summary>
    public UInt128 ToUInt128()
    {
        if (_hash is { } hash)
        {
            _result = hash.GetCurrentHashAsUInt128();
            hash.Reset();
            t_spare = hash;
            _hash = null;
        }

        return _result;
    }
}

using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PaperSite.Output;

/// <summary>
/// A <see cref="Fingerprint"/> of a sequence of values, hashed as they are appended: no text of
/// them all is built first. Each string is hashed with its length, so <c>"ab", "c"</c> and
/// <c>"a", "bc"</c> differ without a delimiter that the text itself could contain.
/// </summary>
public sealed class FingerprintBuilder
{
    private readonly XxHash128 _hash = new();

    /// <summary>Appends <paramref name="text"/> (null and empty differ).</summary>
    public FingerprintBuilder Append(string? text)
    {
        Append(text?.Length ?? -1);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    /// <summary>Appends <paramref name="value"/>.</summary>
    public FingerprintBuilder Append(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> (a hash of something else, say).</summary>
    public FingerprintBuilder Append(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>The fingerprint of everything appended, in the same 32-hex-digit form as <see cref="Fingerprint.Of(ReadOnlySpan{byte})"/>.</summary>
    public override string ToString()
    {
        Span<byte> hash = stackalloc byte[16];
        _hash.GetCurrentHash(hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The hash of everything appended, as a number (a compact key for lookups).</summary>
    public UInt128 ToUInt128() => _hash.GetCurrentHashAsUInt128();
}

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
}

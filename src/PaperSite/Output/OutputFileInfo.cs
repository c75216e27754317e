using System.Security.Cryptography;

namespace PaperSite.Output;

/// <summary>A file of the site as the manifest records it.</summary>
/// <param name="Path">Path inside the output folder, with <c>/</c>.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Hash">The first 128 bits of its SHA-256, in hex.</param>
public sealed record OutputFileInfo(string Path, long Length, string Hash)
{
    /// <summary>Describes <paramref name="bytes"/> stored at <paramref name="path"/>.</summary>
    public static OutputFileInfo Of(string path, ReadOnlySpan<byte> bytes) =>
        new(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]);
}

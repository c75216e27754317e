using PaperSite.Caching;

namespace PaperSite.Output;

/// <summary>A file of the site as the manifest records it.</summary>
/// <param name="Path">Path inside the output folder, with <c>/</c>.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Hash">Its <see cref="Fingerprint"/>.</param>
/// <param name="Key">A fingerprint of everything the file was made from, when the maker knows it:
/// the same key means the same bytes, so the next build may keep the file without making it again.</param>
internal sealed record OutputFileInfo(string Path, long Length, string Hash, string? Key = null)
{
    /// <summary>Describes <paramref name="bytes"/> stored at <paramref name="path"/>.</summary>
    public static OutputFileInfo Of(string path, ReadOnlySpan<byte> bytes, string? key = null) =>
        new(path, bytes.Length, Fingerprint.Of(bytes), key);
}

namespace PaperSite.Output;

/// <summary>A non-page file to produce: a feed, the sitemap, an asset, the search index.</summary>
/// <param name="OutputPath">Path inside the output folder, with <c>/</c>.</param>
/// <param name="Produce">Makes the bytes; runs during the render stage, possibly in parallel with others.</param>
/// <param name="Key">Fingerprint of the file's inputs when cheaply known: a file whose key matches the
/// last build's is kept without calling <paramref name="Produce"/>.</param>
internal sealed record FileJob(string OutputPath, Func<byte[]> Produce, string? Key = null);

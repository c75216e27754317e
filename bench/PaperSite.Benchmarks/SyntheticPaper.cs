namespace PaperSite.Benchmarks;

/// <summary>One made-up paper of a <see cref="SyntheticPaperCorpus"/>.</summary>
/// <param name="Id">An arXiv-style id, e.g. <c>2400.00042</c>.</param>
/// <param name="Title">About 8–14 words, led by a made-up method name.</param>
/// <param name="Abstract">About 200 words of resampled seed sentences.</param>
internal sealed record SyntheticPaper(string Id, string Title, string Abstract);

namespace PaperSite.Pages.Views;

/// <summary>A paper's own page.</summary>
/// <param name="Title">Paper title.</param>
/// <param name="Abstract">The abstract as text runs and links.</param>
/// <param name="HasAbstract">False when the dump had no abstract.</param>
/// <param name="Date">Display date of its first dated digest.</param>
/// <param name="DateIso">ISO form of <paramref name="Date"/>.</param>
/// <param name="Digests">The digests it appeared in, oldest first.</param>
/// <param name="Topics">Its topics with the reason for each.</param>
/// <param name="Links">Links found in the abstract ("Code" for GitHub).</param>
/// <param name="Related">The most similar papers.</param>
/// <param name="ArxivUrl">arXiv title search.</param>
/// <param name="HuggingFaceUrl">Hugging Face papers search.</param>
internal sealed record PaperView(
    string Title,
    IReadOnlyList<TextSegment> Abstract,
    bool HasAbstract,
    string? Date,
    string? DateIso,
    IReadOnlyList<LinkView> Digests,
    IReadOnlyList<TopicReason> Topics,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<PaperCard> Related,
    string ArxivUrl,
    string HuggingFaceUrl);

/// <summary>A topic of a paper and why the paper has it.</summary>
/// <param name="Name">Topic name.</param>
/// <param name="Url">Topic page.</param>
/// <param name="Reason">e.g. <c>“diffusion” in the title</c>; empty for "Other".</param>
internal sealed record TopicReason(string Name, string Url, string Reason);

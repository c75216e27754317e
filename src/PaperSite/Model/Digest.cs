namespace PaperSite.Model;

/// <summary>The site's view of one dump: a dated (or undated) list of papers with its own page.</summary>
/// <param name="Id">URL segment under <c>digests/</c>: the ISO date, or a slug of the file name when undated.</param>
/// <param name="Title">Human-readable heading.</param>
/// <param name="Date">The listing's date, if known.</param>
/// <param name="SourceFile">The dump file it came from.</param>
/// <param name="PaperSlugs">Its papers in dump order.</param>
internal sealed record Digest(string Id, string Title, DateOnly? Date, string SourceFile, IReadOnlyList<string> PaperSlugs);

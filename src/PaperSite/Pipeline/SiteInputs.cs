using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>A dump file's name and bytes, read but not yet parsed.</summary>
/// <param name="FileName">Name inside <c>dumps/</c>.</param>
/// <param name="Bytes">Its content.</param>
public sealed record DumpSource(string FileName, byte[] Bytes);

/// <summary>Everything read from the input and theme folders.</summary>
/// <param name="Config">Site settings, base URL resolved.</param>
/// <param name="Urls">Link maker for the base URL.</param>
/// <param name="Taxonomy">Topics from <c>topics.yml</c>.</param>
/// <param name="Dumps">Dump files, by name.</param>
/// <param name="Pages">Markdown pages.</param>
/// <param name="Theme">The theme's templates.</param>
public sealed record SiteInputs(
    SiteConfig Config,
    SiteUrls Urls,
    IReadOnlyList<Topic> Taxonomy,
    IReadOnlyList<DumpSource> Dumps,
    IReadOnlyList<MarkdownPage> Pages,
    ThemeFiles Theme);

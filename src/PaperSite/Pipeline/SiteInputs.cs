using PaperSite.Configuration;
using PaperSite.Dumps;
using PaperSite.Model;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>A dump file read as text (decoded into lines) but not yet parsed.</summary>
/// <param name="FileName">Name inside <c>dumps/</c>.</param>
/// <param name="Lines">Its trimmed lines; null when it is not a text file (reported while reading).</param>
public sealed record DumpSource(string FileName, IReadOnlyList<DumpLine>? Lines);

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

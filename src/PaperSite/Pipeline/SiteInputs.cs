using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Model;
using PaperSite.Rendering;

namespace PaperSite.Pipeline;

/// <summary>
/// A dump file read: decoded into lines to be parsed, or, when the last build parsed the same
/// bytes, that parse (its abstracts not decoded).
/// </summary>
/// <param name="FileName">Name inside <c>dumps/</c>.</param>
/// <param name="Hash">The hash of its bytes (see <see cref="DumpCache"/>).</param>
/// <param name="Lines">Its trimmed lines; null when it was parsed before, or is not a text file (reported while reading).</param>
/// <param name="Warnings">What decoding it reported.</param>
/// <param name="Parsed">The last build's parse of the same bytes, if any.</param>
internal sealed record DumpSource(string FileName, UInt128 Hash, IReadOnlyList<DumpLine>? Lines, IReadOnlyList<Diagnostic> Warnings, ParsedDump? Parsed);

/// <summary>Everything read from the input and theme folders.</summary>
/// <param name="Config">Site settings, base URL resolved.</param>
/// <param name="Urls">Link maker for the base URL.</param>
/// <param name="Taxonomy">Topics from <c>topics.yml</c>.</param>
/// <param name="Dumps">Dump files, by name.</param>
/// <param name="LastParses">The dumps the last build parsed (see <see cref="DumpCache"/>).</param>
/// <param name="Pages">Markdown pages.</param>
/// <param name="Theme">The theme's templates.</param>
internal sealed record SiteInputs(
    SiteConfig Config,
    SiteUrls Urls,
    IReadOnlyList<Topic> Taxonomy,
    IReadOnlyList<DumpSource> Dumps,
    DumpCache LastParses,
    IReadOnlyList<MarkdownPage> Pages,
    ThemeFiles Theme);

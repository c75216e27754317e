using PaperSite.Configuration;

namespace PaperSite.Model;

/// <summary>Everything the site is made of, once dumps are merged and papers have topics.</summary>
/// <param name="Config">Settings from <c>site.yml</c> (base URL possibly overridden).</param>
/// <param name="Catalog">Digests and papers.</param>
/// <param name="Topics">The taxonomy's topics that have papers, in taxonomy order, "Other" last when used.</param>
/// <param name="Pages">Markdown pages.</param>
internal sealed record SiteContent(SiteConfig Config, PaperCatalog Catalog, IReadOnlyList<Topic> Topics, IReadOnlyList<MarkdownPage> Pages);

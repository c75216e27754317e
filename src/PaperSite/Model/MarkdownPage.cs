namespace PaperSite.Model;

/// <summary>A Markdown page from <c>input/pages/</c> (About and the like).</summary>
/// <param name="Slug">URL segment: the file name without extension.</param>
/// <param name="Title">From front matter <c>title:</c>, else the file name.</param>
/// <param name="Description">From front matter <c>description:</c>, else the site's.</param>
/// <param name="Html">The rendered body.</param>
/// <param name="NavOrder">Position in the navigation (front matter <c>nav_order:</c>), or null to stay out of it.</param>
internal sealed record MarkdownPage(string Slug, string Title, string? Description, string Html, int? NavOrder);

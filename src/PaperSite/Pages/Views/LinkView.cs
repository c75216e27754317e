namespace PaperSite.Pages.Views;

/// <summary>A link as templates show it.</summary>
/// <param name="Title">The link text.</param>
/// <param name="Url">Root-absolute (with base path) or absolute URL.</param>
/// <param name="IsCurrent">True when it points at the page being rendered (navigation).</param>
internal sealed record LinkView(string Title, string Url, bool IsCurrent = false);

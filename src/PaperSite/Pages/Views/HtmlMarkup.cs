namespace PaperSite.Pages.Views;

/// <summary>
/// HTML that PaperSite made and vouches for (Markdown rendered with raw HTML disabled, a partial's
/// output): the one kind of value a template writes without escaping it. Every other value is text.
/// </summary>
/// <param name="Markup">The HTML.</param>
internal sealed record HtmlMarkup(string Markup)
{
    /// <summary>The HTML, for template functions that take text (their result is escaped again).</summary>
    public override string ToString() => Markup;
}

namespace PaperSite.Pages.Views;

/// <summary>A run of abstract text; a URL found in the abstract is a segment with <see cref="Url"/> set.</summary>
/// <param name="Text">The text, shown as written.</param>
/// <param name="Url">The link target when the text is a URL.</param>
internal sealed record TextSegment(string Text, string? Url);

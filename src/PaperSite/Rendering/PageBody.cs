namespace PaperSite.Rendering;

/// <summary>
/// A page's content as its layout rendered it, which <c>base</c> writes as <c>body</c>: HTML, written
/// as it is, copied from the buffer the layout wrote it to rather than made into a string first.
/// </summary>
internal sealed class PageBody(PageBuffer buffer)
{
    /// <summary>Writes the content to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => buffer.CopyTo(writer);

    /// <summary>The content, for a template that captures it or hands it to a function that takes text.</summary>
    public override string ToString() => buffer.ToString();
}

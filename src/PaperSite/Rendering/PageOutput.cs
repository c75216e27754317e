using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// Where a context writes a page: straight into the thread's <see cref="PageBuffer"/>. Its
/// <see cref="ToString"/> is empty, since Scriban asks for the output as a string after every
/// render, and the page is encoded from the buffer instead.
/// </summary>
internal sealed class PageOutput(TextWriter writer) : IScriptOutput
{
    /// <summary>The buffer's writer, for text that is not a string (see <see cref="PageBody"/>).</summary>
    public TextWriter Writer => writer;

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => writer.Write(text.AsSpan(offset, count));

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => "";
}

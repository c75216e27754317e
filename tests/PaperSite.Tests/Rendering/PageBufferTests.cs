using System.Text;
using PaperSite.Rendering;

namespace PaperSite.Tests.Rendering;

/// <summary>A page is encoded from the buffer's chunks; the bytes must be those of the whole text.</summary>
public sealed class PageBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void A_page_larger_than_the_buffer_with_surrogate_pairs_across_chunks_encodes_as_the_whole_text(int offset)
    {
        var text = new string('a', offset) + string.Concat(Enumerable.Repeat("caf\u00E9 \U0001F600 ", 60_000));
        var page = PageBuffer.Empty();
        foreach (var piece in text.Chunk(4093))
        {
            page.Writer.Write(piece);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(text), page.ToUtf8());
    }

    [Fact]
    public void Taking_the_text_empties_the_buffer()
    {
        var page = PageBuffer.Empty();
        page.Writer.Write("body");

        Assert.Equal("body", page.TakeText());
        page.Writer.Write("<html>");
        Assert.Equal("<html>"u8.ToArray(), page.ToUtf8());
        Assert.Empty(PageBuffer.Empty().ToUtf8());
    }
}

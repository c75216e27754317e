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
        var page = new PageBuffer();
        foreach (var piece in text.Chunk(4093))
        {
            page.Writer.Write(piece);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(text), page.ToUtf8());
    }

    [Fact]
    public void A_body_larger_than_a_chunk_is_copied_whole_and_the_buffer_is_reused()
    {
        var text = string.Concat(Enumerable.Repeat("caf\u00E9 \U0001F600 <b>", 40_000));
        var body = new PageBuffer();
        foreach (var piece in text.Chunk(4093))
        {
            body.Writer.Write(piece);
        }

        var page = new PageBuffer();
        page.Writer.Write("<main>");
        body.CopyTo(page.Writer);
        Assert.Equal(Encoding.UTF8.GetBytes("<main>" + text), page.ToUtf8());
        Assert.Equal(text, body.ToString());
        Assert.Empty(body.Clear().ToUtf8());
    }
}

using System.Text;
using PaperSite.Caching;

namespace PaperSite.Tests.Caching;

public sealed class Crc32CTests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xC1D04330u)]
    [InlineData("123456789", 0xE3069283u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x22620404u)]
    public void Known_texts_give_the_published_checksums(string text, uint expected)
    {
        var crc = new Crc32C();
        crc.Append(Encoding.ASCII.GetBytes(text));
        Assert.Equal(expected, crc.Value);
    }

    [Fact]
    public void Bytes_appended_in_pieces_give_the_checksum_of_them_all_at_once()
    {
        var bytes = new byte[1000];
        new Random(7).NextBytes(bytes);
        var whole = new Crc32C();
        whole.Append(bytes);
        var pieces = new Crc32C();
        foreach (var size in new[] { 3, 8, 13, 0, 500, 476 })
        {
            pieces.Append(bytes.AsSpan(0, size));
            bytes = bytes[size..];
        }

        Assert.Equal(whole.Value, pieces.Value);
    }
}

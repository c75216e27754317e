using PaperSite.Search;

namespace PaperSite.Tests.Search;

public sealed class SearchSegmentsTests
{
    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(264, new[] { 0, 264 })]
    [InlineData(999, new[] { 0, 999 })]
    [InlineData(1000, new[] { 0, 1000 })]
    [InlineData(1249, new[] { 0, 1000, 1000, 249 })]
    [InlineData(1250, new[] { 0, 1250 })]
    [InlineData(10_000, new[] { 0, 9306, 9306, 694 })]
    public void Papers_are_cut_at_the_largest_sealed_size(int papers, int[] expected)
    {
        var segments = SearchSegments.Of(papers);

        Assert.Equal(expected, segments.SelectMany(s => new[] { s.First, s.Count }));
    }

    [Fact]
    public void The_newer_segment_never_holds_more_than_a_fifth_of_the_papers()
    {
        for (var papers = SearchSegments.FirstSealedSize; papers <= 200_000; papers += 37)
        {
            var segments = SearchSegments.Of(papers);
            Assert.Equal(papers, segments.Sum(s => s.Count));
            Assert.True(segments.Count == 1 || segments[1].Count * 5 <= papers, $"{papers}: {string.Join(", ", segments)}");
        }
    }
}

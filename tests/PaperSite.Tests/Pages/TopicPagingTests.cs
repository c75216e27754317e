using PaperSite.Pages;

namespace PaperSite.Tests.Pages;

/// <summary>Numbered topic pages count from the oldest paper, so newer papers never move older ones.</summary>
public sealed class TopicPagingTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void A_topic_of_fewer_than_two_pages_has_only_its_front_page(int count)
    {
        var papers = NewestFirst(count);
        var (front, pages) = TopicPaging.Split(papers, 5, p => p.Date);
        Assert.Equal(papers, front);
        Assert.Empty(pages);
    }

    [Theory]
    [InlineData(10, 1, 5)]
    [InlineData(14, 1, 9)]
    [InlineData(15, 2, 5)]
    [InlineData(23, 3, 8)]
    public void The_front_page_shows_the_newest_full_page_and_the_papers_after_it(int count, int numbered, int onFront)
    {
        var papers = NewestFirst(count);
        var (front, pages) = TopicPaging.Split(papers, 5, p => p.Date);
        Assert.Equal(numbered, pages.Count);
        Assert.Equal(papers.Take(onFront), front);
        Assert.All(pages, page => Assert.Equal(5, page.Count));
        // Page 1 holds the oldest five, newest first.
        Assert.Equal(papers.TakeLast(5), pages[0]);
        // Every paper on exactly one page.
        Assert.Equal(papers.Order(), front.Concat(pages.SelectMany(p => p)).Order());
    }

    [Fact]
    public void Adding_newer_papers_never_changes_a_numbered_page()
    {
        var seen = new List<IReadOnlyList<(int Id, DateOnly? Date)>>();
        for (var count = 0; count <= 60; count++)
        {
            // Three papers a day, so same-day papers straddle page boundaries.
            var papers = NewestFirst(count, perDay: 3);
            var (front, pages) = TopicPaging.Split(papers, 4, p => p.Date);
            Assert.InRange(pages.Count, seen.Count, seen.Count + 1);
            for (var i = 0; i < seen.Count; i++)
            {
                Assert.Equal(seen[i], pages[i]);
            }

            seen.AddRange(pages.Skip(seen.Count));
            // The front page has the rest, in the order of the whole list.
            var numbered = pages.SelectMany(p => p).ToHashSet();
            Assert.Equal(papers.Where(p => !numbered.Contains(p)), front);
        }
    }

    [Fact]
    public void Undated_papers_count_first_and_same_day_papers_keep_their_listing_order()
    {
        // Newest first as ContentIndex gives them: by date, then in order of first appearance.
        (string Id, DateOnly? Date)[] papers =
        [
            ("d1", Day.AddDays(2)), ("d2", Day.AddDays(2)), ("d3", Day.AddDays(2)),
            ("c1", Day.AddDays(1)), ("c2", Day.AddDays(1)),
            ("b1", Day),
            ("u1", null), ("u2", null),
        ];
        var (front, pages) = TopicPaging.Split(papers, 4, p => p.Date);
        // Counted from the oldest: u1 u2 b1 c1 | c2 d1 d2 d3; the day of c1 and c2 straddles two pages.
        Assert.Equal(["c1", "b1", "u1", "u2"], pages.Single().Select(p => p.Id));
        Assert.Equal(["d1", "d2", "d3", "c2"], front.Select(p => p.Id));
    }

    [Theory]
    [InlineData(0, 50, 0)]
    [InlineData(99, 50, 0)]
    [InlineData(100, 50, 1)]
    [InlineData(149, 50, 1)]
    [InlineData(150, 50, 2)]
    [InlineData(3, 1, 2)]
    public void Numbered_pages_are_the_full_pages_but_the_newest(int count, int perPage, int numbered)
    {
        Assert.Equal(numbered, TopicPaging.NumberedPages(count, perPage));
    }

    /// <summary><paramref name="count"/> papers, newest first; paper n (counted from 1, the oldest) has id n.</summary>
    private static List<(int Id, DateOnly? Date)> NewestFirst(int count, int perDay = 1) =>
        Enumerable.Range(1, count)
            .Select(n => (Id: n, Date: (DateOnly?)Day.AddDays((n - 1) / perDay)))
            .OrderByDescending(p => p.Date).ThenBy(p => p.Id)
            .ToList();
}

namespace PaperSite.Pages;

/// <summary>
/// How a topic's papers are split into pages that stay put as papers arrive. Papers are counted
/// from the topic's oldest and cut into blocks of <c>papers_per_page</c>: block 1 holds the oldest.
/// The front page shows the papers of no full block yet together with the newest full block, so it
/// holds from <c>papers_per_page</c> to <c>2 × papers_per_page − 1</c> papers (all of them when the
/// topic has fewer); every older block is a numbered page. A numbered page's papers never change
/// while new papers are only added after the old ones, and each paper is on exactly one page.
/// </summary>
internal static class TopicPaging
{
    /// <summary>The numbered pages of a topic of <paramref name="paperCount"/> papers: every full block but the newest.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perPage"/> is not positive.</exception>
    public static int NumberedPages(int paperCount, int perPage)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perPage);
        return Math.Max(0, (paperCount / perPage) - 1);
    }

    /// <summary>
    /// Splits a topic's papers, given newest first, into the front page and the numbered pages
    /// (<c>Pages[0]</c> is page 1), each newest first. Papers count from the oldest by
    /// <paramref name="dateOf"/>, undated first; papers of the same date keep their order in
    /// <paramref name="newestFirst"/> (first appearance), so a later paper of the same day counts after the earlier ones.
    /// </summary>
    /// <typeparam name="T">A paper, or anything with a date.</typeparam>
    /// <param name="newestFirst">The papers, newest first, same-date papers in the order they first appeared.</param>
    /// <param name="perPage">Papers per numbered page.</param>
    /// <param name="dateOf">A paper's date, null when undated.</param>
    public static (IReadOnlyList<T> Front, IReadOnlyList<IReadOnlyList<T>> Pages) Split<T>(IReadOnlyList<T> newestFirst, int perPage, Func<T, DateOnly?> dateOf)
    {
        var numbered = NumberedPages(newestFirst.Count, perPage);
        if (numbered == 0)
        {
            return (newestFirst, []);
        }

        // OrderBy is stable: same-date papers keep their order of first appearance.
        var oldestFirst = newestFirst.OrderBy(p => dateOf(p) ?? DateOnly.MinValue).ToList();
        IReadOnlyList<T> NewestFirst(int skip, int take) =>
            oldestFirst.Skip(skip).Take(take).OrderByDescending(p => dateOf(p) ?? DateOnly.MinValue).ToList();

        var pages = Enumerable.Range(0, numbered).Select(i => NewestFirst(i * perPage, perPage)).ToList();
        return (NewestFirst(numbered * perPage, newestFirst.Count), pages);
    }
}

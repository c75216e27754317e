namespace PaperSite.Model;

/// <summary>Every digest and every distinct paper of the site.</summary>
/// <param name="Digests">Oldest first; undated digests before dated ones, by file name.</param>
/// <param name="Papers">In order of first appearance.</param>
public sealed record PaperCatalog(IReadOnlyList<Digest> Digests, IReadOnlyList<Paper> Papers)
{
    /// <summary>Papers newest first (by first dated appearance), undated ones last, ties in first-appearance order.</summary>
    public IEnumerable<Paper> NewestFirst() =>
        Papers.Select((p, i) => (p, i))
            .OrderByDescending(x => x.p.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.i)
            .Select(x => x.p);
}

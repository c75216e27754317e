namespace PaperSite.Model;

/// <summary>Every digest and every distinct paper of the site.</summary>
/// <param name="Digests">Oldest first; undated digests before dated ones, by file name.</param>
/// <param name="Papers">In order of first appearance.</param>
internal sealed record PaperCatalog(IReadOnlyList<Digest> Digests, IReadOnlyList<Paper> Papers);

using PaperSite.Model;

namespace PaperSite.Pages.Views;

/// <summary>
/// Everything a paper's page is made from, found by look-ups alone: the paper, the links to the
/// digests and topics its page names, the cards of its related papers, and a key of the site-wide
/// parts every paper page shares. A build keys the page by these, so the model of an unchanged
/// paper's page is never made; they hold what the page shows and no more, since every page's
/// inputs are hashed on every build.
/// </summary>
/// <param name="Site">Fingerprint of the site-wide parts: the site's settings, URLs, head and navigation.</param>
/// <param name="Paper">The paper.</param>
/// <param name="Digests">Links to the digests of its appearances, in the same order.</param>
/// <param name="Topics">Links to the topics of its topic matches, in the same order.</param>
/// <param name="Related">Cards of its related papers, in the same order.</param>
internal sealed record PaperPageInputs(
    string Site,
    Paper Paper,
    IReadOnlyList<LinkView> Digests,
    IReadOnlyList<LinkView> Topics,
    IReadOnlyList<PaperCard> Related);

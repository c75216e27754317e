namespace PaperSite.Configuration;

/// <summary>The settings in <c>input/site.yml</c>.</summary>
internal sealed record SiteConfig
{
    /// <summary>Site title, shown in the header and feeds.</summary>
    public string Title { get; init; } = "Paper Digest";

    /// <summary>One-sentence description for the home page, meta tags and feeds.</summary>
    public string Description { get; init; } = "A digest of research papers.";

    /// <summary>Absolute URL the site is published at, ending in <c>/</c>; its path is the base path of every link.</summary>
    public string BaseUrl { get; init; } = "http://localhost:5080/";

    /// <summary>Who curates the digest (shown in the footer and feeds).</summary>
    public string Author { get; init; } = "";

    /// <summary>BCP 47 language of the site's own text.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Year for date lines without one (<c>Mar 11</c>) in dumps whose file name has no date.</summary>
    public int? Year { get; init; }

    /// <summary>Papers per topic page.</summary>
    public int PapersPerPage { get; init; } = 50;

    /// <summary>Items in each RSS feed.</summary>
    public int FeedSize { get; init; } = 50;

    /// <summary>Related papers shown on a paper page.</summary>
    public int RelatedCount { get; init; } = 5;

    /// <summary>
    /// Titles the site's author gives digests, by dump file name (<c>2024-03-11.txt</c>, or without
    /// <c>.txt</c>); a digest not listed is titled by its date, or "Undated digest N".
    /// </summary>
    public IReadOnlyDictionary<string, string> Digests { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

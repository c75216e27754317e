using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Markdig;
using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Pages.Views;
using PaperSite.Papers;

namespace PaperSite.Pages;

/// <summary>
/// Turns the model into what templates see. Every link is made here through <see cref="SiteUrls"/>,
/// so templates never build URLs and the base path is never forgotten.
/// </summary>
internal sealed class ViewFactory
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly SiteContent _content;

    // A card links each of its paper's topics: one link per topic, shared by every card.
    private readonly FrozenDictionary<string, LinkView> _topicLinks;
    private readonly FrozenDictionary<string, Digest> _digests;
    private readonly Dictionary<string, int> _topicCounts;
    private readonly Lazy<Dictionary<string, PaperCard>> _cards;
    private readonly Lazy<RelatedPapers> _related;

    /// <summary>Prepares views of <paramref name="content"/> for a site at <paramref name="urls"/>.</summary>
    /// <param name="content">What the site is made of.</param>
    /// <param name="urls">The link maker.</param>
    /// <param name="related">Gives each paper's related papers, asked for once, when the first paper page is made; none by default.</param>
    public ViewFactory(SiteContent content, SiteUrls urls, Func<RelatedPapers>? related = null)
    {
        _content = content;
        _related = new(related ?? (() => RelatedPapers.None));
        Urls = urls;
        _topicLinks = content.Topics.ToFrozenDictionary(t => t.Slug, t => new LinkView(t.Name, urls.Path(SiteUrls.Topic(t.Slug))), StringComparer.Ordinal);
        _digests = content.Catalog.Digests.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _topicCounts = CountTopics(content.Catalog.Papers);
        _cards = new(() => MakeCards(content.Catalog.Papers));
        Site = MakeSite(content.Config, urls);
        TopicSummaries = content.Topics.Select(Summary).ToList();
    }

    /// <summary>The link maker.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Site-wide template values.</summary>
    public SiteView Site { get; }

    /// <summary>Every topic with its count, in taxonomy order.</summary>
    public IReadOnlyList<TopicSummary> TopicSummaries { get; }

    /// <summary>Papers in a topic.</summary>
    public int TopicCount(string slug) => _topicCounts.GetValueOrDefault(slug);

    /// <summary>A paper as lists show it.</summary>
    public PaperCard Card(string slug) => _cards.Value[slug];

    /// <summary>Renders Markdown written by the user; raw HTML in it is shown as text, as Hugo does by default.</summary>
    public static HtmlMarkup MarkdownToHtml(string markdown) => new(Markdig.Markdown.ToHtml(markdown, Markdown));

    /// <summary>What a paper's page is made from; <paramref name="site"/> fingerprints the site-wide parts of every paper page.</summary>
    public PaperPageInputs PaperInputs(Paper paper, string site) => new(
        site,
        paper,
        paper.Appearances.Select(a => DigestLink(_digests[a.DigestId])).ToList(),
        paper.Topics.Select(t => _topicLinks[t.TopicSlug]).ToList(),
        _related.Value.Of(paper).Select(Card).ToList());

    /// <summary>The full view of a paper's page, from its inputs and the site's URLs alone (static, so it can use nothing else).</summary>
    public static PaperView Paper(PaperPageInputs inputs, SiteUrls urls)
    {
        var paper = inputs.Paper;
        var title = Uri.EscapeDataString(paper.Title);
        return new PaperView(
            paper.Title,
            AbstractSegments.Of(paper.Abstract.Value),
            paper.Abstract.Length > 0,
            Dates.Display(paper.Date),
            Dates.Iso(paper.Date),
            inputs.Digests,
            paper.Topics.Select((match, i) => Reason(match, inputs.Topics[i])).ToList(),
            LinkExtractor.Links(paper.Abstract.Value).Select(l => new LinkView(l.Label, l.Url)).ToList(),
            inputs.Related,
            "https://arxiv.org/search/?searchtype=title&query=" + title,
            "https://huggingface.co/papers?q=" + title);
    }

    /// <summary>A digest's view with its neighbours in time.</summary>
    public DigestView Digest(int index)
    {
        var digests = _content.Catalog.Digests;
        var digest = digests[index];
        return new DigestView(
            digest.Title,
            Urls.Path(SiteUrls.Digest(digest.Id)),
            Dates.Display(digest.Date),
            Dates.Iso(digest.Date),
            digest.SourceFile,
            digest.PaperSlugs.Select(Card).ToList(),
            index > 0 ? DigestLink(digests[index - 1]) : null,
            index + 1 < digests.Count ? DigestLink(digests[index + 1]) : null);
    }

    /// <summary>A digest in a list.</summary>
    public DigestSummary DigestSummary(Digest digest) =>
        new(digest.Title, Urls.Path(SiteUrls.Digest(digest.Id)), Dates.Iso(digest.Date), digest.PaperSlugs.Count);

    private static Dictionary<string, int> CountTopics(IEnumerable<Paper> papers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            foreach (var topic in paper.Topics)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, topic.TopicSlug, out _)++;
            }
        }

        return counts;
    }

    private LinkView DigestLink(Digest digest) => new(digest.Title, Urls.Path(SiteUrls.Digest(digest.Id)));

    private TopicSummary Summary(Topic topic) =>
        new(topic.Name, Urls.Path(SiteUrls.Topic(topic.Slug)), TopicCount(topic.Slug), MarkdownToHtml(topic.Description));

    private static TopicReason Reason(TopicMatch match, LinkView topic)
    {
        var reason = match.Phrase.Length == 0 ? "" : $"\u201C{match.Phrase}\u201D in the {(match.InTitle ? "title" : "abstract")}";
        return new TopicReason(topic.Title, topic.Url, reason);
    }

    /// <summary>
    /// Every paper's card, made on both cores: the first page that shows a card waits for them all,
    /// and one thread alone would keep the other idle meanwhile.
    /// </summary>
    private Dictionary<string, PaperCard> MakeCards(IReadOnlyList<Paper> papers)
    {
        var cards = papers.AsParallel().AsOrdered().Select(MakeCard).ToArray();

        // A dictionary, not a frozen one: freezing every slug costs more than the look-ups save.
        var bySlug = new Dictionary<string, PaperCard>(papers.Count, StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            bySlug.Add(papers[i].Slug, cards[i]);
        }

        return bySlug;
    }

    private PaperCard MakeCard(Paper paper) => new(
        paper.Title,
        Urls.Path(SiteUrls.Paper(paper.Slug)),
        Dates.Display(paper.Date),
        Dates.Iso(paper.Date),
        paper.Topics.Select(t => _topicLinks[t.TopicSlug]).ToList(),
        paper.Abstract.Excerpt);

    private static SiteView MakeSite(SiteConfig config, SiteUrls urls) => new(
        config.Title,
        config.Description,
        config.Author,
        config.Language,
        urls.BaseUrl,
        urls.BasePath,
        urls.Path(""),
        urls.Path(SiteUrls.Search),
        urls.Absolute(SiteUrls.FeedFile),
        urls.Path(SiteUrls.FeedList));
}

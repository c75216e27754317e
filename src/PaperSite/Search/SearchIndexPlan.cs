using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pages;
using PaperSite.Search.Lunr;

namespace PaperSite.Search;

/// <summary>
/// The site's search files: lunr indexes (ref = paper slug; fields title ×10, abstract, topics) and
/// compact documents for results, listed in <c>search/shards.json</c>. A site with up to
/// <see cref="SiteConfig.SearchShardSize"/> papers has one shard, <c>search/index.json</c>,
/// byte-identical to what lunr.js 2.3.9 writes. A larger one is split into shards, newest papers
/// first, each a valid lunr index scored with the whole corpus's statistics so results from
/// different shards rank together.
/// </summary>
public static class SearchIndexPlan
{
    /// <summary>The fields searched, as lunr declares them.</summary>
    public static readonly IReadOnlyList<LunrField> Fields =
        [new LunrField("title", 10), new LunrField("abstract"), new LunrField("topics")];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Served as application/json, never inlined in HTML; JSON escaping is what is needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The shards of the content's papers, newest first.</summary>
    public static IReadOnlyList<SearchShard> Shards(ContentIndex index)
    {
        var size = index.Content.Config.SearchShardSize;
        return index.NewestFirstPositions.Chunk(size)
            .Select((chunk, i) => i == 0
                ? new SearchShard("search/index.json", "search/documents.json", chunk)
                : new SearchShard($"search/index-{i + 1}.json", $"search/documents-{i + 1}.json", chunk))
            .ToList();
    }

    /// <summary>Jobs writing every shard's index and documents, and the manifest.</summary>
    public static IEnumerable<FileJob> Jobs(ContentIndex index, SiteUrls urls)
    {
        var content = index.Content;
        var papers = content.Catalog.Papers;
        var topicNames = content.Topics.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);
        var shards = Shards(index);
        var analysis = new Lazy<LunrAnalysis>(() => new LunrIndexBuilder(Fields).Analyse(papers.Select(p => ToLunr(p, topicNames)).ToList()));

        yield return new FileJob("search/shards.json", () => Manifest(shards, urls));
        foreach (var shard in shards)
        {
            yield return shards.Count == 1
                ? new FileJob(shard.IndexPath, () => analysis.Value.ToUtf8Json())
                : new FileJob(shard.IndexPath, () => analysis.Value.ToUtf8Json(shard.Papers, analysis.Value.Statistics));
            yield return new FileJob(shard.DocumentsPath, () => Documents(shard, papers, topicNames, urls));
        }
    }

    private static LunrDocument ToLunr(Paper paper, IReadOnlyDictionary<string, string> topicNames) => new(
        paper.Slug,
        new Dictionary<string, LunrValue>(StringComparer.Ordinal)
        {
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract,
            ["topics"] = LunrValue.FromList(paper.Topics.Select(t => topicNames[t.TopicSlug])),
        });

    private static byte[] Documents(SearchShard shard, IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, string> topicNames, SiteUrls urls)
    {
        var documents = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        foreach (var i in shard.Papers.Order())
        {
            var paper = papers[i];
            documents[paper.Slug] = new SearchDocument(
                paper.Title,
                urls.Path(SiteUrls.Paper(paper.Slug)),
                Dates.Iso(paper.Date),
                paper.Topics.Select(t => topicNames[t.TopicSlug]).ToList(),
                Excerpt.Of(paper.Abstract, 200));
        }

        return JsonSerializer.SerializeToUtf8Bytes(documents, Json);
    }

    private static byte[] Manifest(IReadOnlyList<SearchShard> shards, SiteUrls urls) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new { Shards = shards.Select(s => new { Index = urls.Path(s.IndexPath), Documents = urls.Path(s.DocumentsPath), Papers = s.Papers.Count }) },
            Json);
}

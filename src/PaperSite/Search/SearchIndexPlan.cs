using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Caching;
using PaperSite.Configuration;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pages;
using PaperSite.Papers;
using PaperSite.Lunr;

namespace PaperSite.Search;

/// <summary>
/// The site's search files: lunr indexes (fields title ×10, abstract, topics) and compact documents
/// for results, listed newest first in <c>search/shards.json</c>. A paper's ref is its place in the
/// oldest-first order of papers, in decimal: every posting of a lunr index names its document's ref,
/// so a slug as ref made up two thirds of an index's bytes.
/// <para>
/// A site with up to <see cref="SiteConfig.SearchShardSize"/> papers has one index,
/// <c>search/index.json</c>, byte-identical to what lunr.js 2.3.9 writes. A larger site is cut into
/// shards of that many papers, oldest first, so new papers only ever change the newest shard
/// (<c>index.json</c>); older shards are <c>index-1.json</c> (oldest), <c>index-2.json</c>, ....
/// Every shard is scored with the same statistics, so results from all shards rank together: those
/// of the oldest papers up to an epoch size (the shard size times a power of 1.25), which covers at
/// least four fifths of the corpus and stays the same until the corpus grows past the next epoch.
/// A shard whose papers and epoch are unchanged keeps its file, so a daily build rewrites one shard.
/// </para>
/// </summary>
public static class SearchIndexPlan
{
    /// <summary>The fields searched, as lunr declares them.</summary>
    public static readonly IReadOnlyList<LunrField> Fields =
        [new LunrField("title", 10), new LunrField("abstract"), new LunrField("topics")];

    // Served as application/json, never inlined in HTML; JSON escaping is what is needed.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly SearchJsonContext Json = new(new JsonSerializerOptions { Encoder = Encoder, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    /// <summary>The shards of the content's papers, newest first.</summary>
    public static IReadOnlyList<SearchShard> Shards(ContentIndex index)
    {
        var size = index.Content.Config.SearchShardSize;
        var chunks = index.OldestFirstPositions.Chunk(size).ToList();
        return chunks
            .Select((chunk, i) => i == chunks.Count - 1
                ? new SearchShard("search/index.json", "search/documents.json", chunk, i * size)
                : new SearchShard($"search/index-{i + 1}.json", $"search/documents-{i + 1}.json", chunk, i * size))
            .Reverse()
            .ToList();
    }

    /// <summary>Jobs writing every shard's index and documents, and the manifest.</summary>
    /// <param name="index">The site's content.</param>
    /// <param name="urls">The site's URLs, for links in the documents.</param>
    /// <param name="cache">Where the search statistics are kept between builds.</param>
    public static IEnumerable<FileJob> Jobs(ContentIndex index, SiteUrls urls, BuildCache cache)
    {
        var content = index.Content;
        var papers = content.Catalog.Papers;
        var topicNames = content.Topics.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);
        var shards = Shards(index);
        // A single shard is scored with its own statistics, so it equals what lunr.js writes.
        var epoch = CorpusEpoch.Size(papers.Count, content.Config.SearchShardSize);
        // Documents are analysed oldest first, so every shard is a run of consecutive documents.
        // Made only for the shards written: a daily build reuses all but one or two.
        var oldestFirst = index.OldestFirstPositions;
        List<LunrDocument> DocumentsAt(int first, int count) =>
            Enumerable.Range(first, count).Select(place => ToLunr(place, papers[oldestFirst[place]], topicNames)).ToList();
        var searchable = SearchableTextKeys(oldestFirst, papers, topicNames);
        var shardIndexes = new Lazy<ShardIndexWriter>(() => new ShardIndexWriter(
            oldestFirst.Count, DocumentsAt, epoch, KeyOf(searchable.AsSpan(0, epoch), epoch, 0), cache));

        yield return new FileJob("search/shards.json", () => Manifest(shards, urls));
        foreach (var shard in shards)
        {
            // The refs are places, so where the shard starts is part of what it follows from.
            var key = KeyOf(searchable.AsSpan(shard.First, shard.Papers.Count), epoch, shard.First);
            yield return shards.Count == 1
                ? new FileJob(shard.IndexPath, () => new LunrIndexBuilder(Fields).Analyse(DocumentsAt(0, oldestFirst.Count)).ToUtf8Json(), key)
                : new FileJob(shard.IndexPath, () => shardIndexes.Value.Write(shard.First, shard.Papers.Count), key);
            yield return new FileJob(shard.DocumentsPath, () => Documents(shard, papers, topicNames, urls), Fingerprint.Of(key + urls.BasePath));
        }
    }

    /// <summary>Everything the search files of a run of papers follow from: the papers' <paramref name="searchable"/> text, the epoch, where the run starts and PaperSite itself.</summary>
    private static string KeyOf(ReadOnlySpan<UInt128> searchable, int epoch, int first)
    {
        var key = new FingerprintBuilder()
            .Append(CodeVersion.Id)
            .Append(epoch)
            .Append(first);
        foreach (var paper in searchable)
        {
            key.Append(paper);
        }

        return key.ToString();
    }

    /// <summary>
    /// A hash of each paper's searchable text, oldest first, worked out once on both cores: shard keys
    /// and the epoch's key are made of these, so no paper's text is hashed twice.
    /// </summary>
    private static UInt128[] SearchableTextKeys(IReadOnlyList<int> oldestFirst, IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, string> topicNames)
    {
        var keys = new UInt128[oldestFirst.Count];
        Parallel.For(0, keys.Length, place =>
        {
            var paper = papers[oldestFirst[place]];
            var key = new FingerprintBuilder().Append(paper.Slug).Append(paper.Title).Append(paper.Abstract.Key).Append(paper.Topics.Count);
            foreach (var topic in paper.Topics)
            {
                key.Append(topicNames[topic.TopicSlug]);
            }

            keys[place] = key.Append(Dates.Iso(paper.Date)).ToUInt128();
        });
        return keys;
    }

    /// <summary>The ref of the paper at <paramref name="place"/> in the oldest-first order.</summary>
    public static string RefOf(int place) => place.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static LunrDocument ToLunr(int place, Paper paper, IReadOnlyDictionary<string, string> topicNames) => new(
        RefOf(place),
        new Dictionary<string, LunrValue>(StringComparer.Ordinal)
        {
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract.Value,
            ["topics"] = LunrValue.FromList(paper.Topics.Select(t => topicNames[t.TopicSlug])),
        });

    private static byte[] Documents(SearchShard shard, IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, string> topicNames, SiteUrls urls)
    {
        var documents = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        for (var i = 0; i < shard.Papers.Count; i++)
        {
            var paper = papers[shard.Papers[i]];
            documents[RefOf(shard.First + i)] = new SearchDocument(
                paper.Title,
                urls.Path(SiteUrls.Paper(paper.Slug)),
                Dates.Iso(paper.Date),
                paper.Topics.Select(t => topicNames[t.TopicSlug]).ToList(),
                Excerpt.Of(paper.Abstract.Value, 200));
        }

        return JsonSerializer.SerializeToUtf8Bytes(documents, Json.DictionaryStringSearchDocument);
    }

    /// <summary>The list of shards, newest first. Written field by field: the serializer's first use costs more than this whole file.</summary>
    private static byte[] Manifest(IReadOnlyList<SearchShard> shards, SiteUrls urls)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("shards");
            foreach (var shard in shards)
            {
                json.WriteStartObject();
                json.WriteString("index", urls.Path(shard.IndexPath));
                json.WriteString("documents", urls.Path(shard.DocumentsPath));
                json.WriteNumber("papers", shard.Papers.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }
}

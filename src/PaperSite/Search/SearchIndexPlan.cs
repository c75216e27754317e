using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Caching;
using PaperSite.Configuration;
using PaperSite.Lunr;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pages;
using PaperSite.Papers;

namespace PaperSite.Search;

/// <summary>
/// The site's search files (docs/search.md): one lunr index of every paper (fields title ×10,
/// abstract, topics) cut into segments (<see cref="SearchSegments"/>), each split by term into parts
/// under <c>search/index/{first}-{key}/</c>, with the manifest that scores them together,
/// <c>search/index/parts.json</c>; what results show in
/// groups of <see cref="ResultGroupSize"/> papers under <c>search/results/</c>, and
/// <c>search/search.json</c>, which tells the search page where they are and which topics it can
/// filter by. A paper's ref is its place in the oldest-first order of papers, in decimal, so a new
/// day's papers only add refs, and results groups, at the end.
/// </summary>
internal static class SearchIndexPlan
{
    /// <summary>The fields searched, as lunr declares them.</summary>
    public static readonly IReadOnlyList<LunrField> Fields =
        [new LunrField("title", 10), new LunrField("abstract"), new LunrField("topics")];

    /// <summary>What the search page loads first.</summary>
    public const string ManifestPath = SiteUrls.SearchManifest;

    /// <summary>The folder of the index's manifest and of its segments' folders.</summary>
    public const string PartsFolder = SiteUrls.SearchIndexParts;

    /// <summary>The folder of the results groups, <c>{group}.json</c>.</summary>
    public const string ResultsFolder = SiteUrls.SearchResults;

    /// <summary>How many papers (consecutive refs) a results group holds.</summary>
    public const int ResultGroupSize = 10;

    private const string SegmentEntry = "search-segment-";

    // Enough of a segment's key to tell its versions apart in a folder name.
    private const int FolderKeyLength = 12;

    // Served as application/json, never inlined in HTML; JSON escaping is what is needed.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly SearchJsonContext Json = new(new JsonSerializerOptions { Encoder = Encoder, PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    /// <summary>Jobs writing the search manifest, the index's parts and the results groups.</summary>
    /// <param name="index">The site's content.</param>
    /// <param name="urls">The site's URLs, for links in the results.</param>
    /// <param name="cache">Where each segment's summary is kept between builds, so that a new day analyses only the papers of the segment it changes.</param>
    public static IEnumerable<FileJob> Jobs(ContentIndex index, SiteUrls urls, BuildCache cache)
    {
        var content = index.Content;
        var papers = content.Catalog.Papers;
        var topicNames = content.Topics.ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);
        var oldestFirst = index.OldestFirstPositions;
        var searchable = SearchableTextKeys(oldestFirst, papers, topicNames);
        var corpusKey = KeyOf(searchable, 0);
        var segments = SearchSegments.Of(oldestFirst.Count).Select((s, i) =>
        {
            var key = KeyOf(searchable.AsSpan(s.First, s.Count), s.First);
            // Named by its key, so a page never merges files of two versions of a segment.
            var folder = $"{s.First.ToString(CultureInfo.InvariantCulture)}-{key[..FolderKeyLength]}/";
            var parts = new Lazy<LunrIndexSegment>(() => new LunrIndexBuilder(Fields)
                .Analyse(Enumerable.Range(s.First, s.Count).Select(place => ToLunr(place, papers[oldestFirst[place]], topicNames)).ToList())
                .ToSegment(0, s.Count));
            return (Key: key, Folder: folder, Parts: parts, Summary: Summary(cache, SegmentEntry + i.ToString(CultureInfo.InvariantCulture), key, parts));
        }).ToList();

        yield return new FileJob(ManifestPath, () => Manifest(content.Topics, papers.Count, urls));
        // A key names one file's bytes: the output stage copies a file whose key another file had last time.
        yield return new FileJob(
            PartsFolder + LunrIndexParts.ManifestFile,
            () => LunrIndexParts.WriteManifest(Fields, segments.ConvertAll(s => (s.Folder + LunrIndexParts.ManifestFile, s.Summary.Lengths))),
            Fingerprint.Of(corpusKey + LunrIndexParts.ManifestFile));
        foreach (var (key, folder, parts, summary) in segments)
        {
            yield return new FileJob(PartsFolder + folder + LunrIndexParts.ManifestFile, () => parts.Value.Manifest, Fingerprint.Of(key + LunrIndexParts.ManifestFile));
            yield return new FileJob(PartsFolder + folder + LunrIndexSegment.VocabularyFile, () => parts.Value.Vocabulary, Fingerprint.Of(key + LunrIndexSegment.VocabularyFile));
            foreach (var name in summary.PartNames)
            {
                yield return new FileJob(PartsFolder + folder + name, () => parts.Value.Parts.Single(p => p.FileName == name).Json, Fingerprint.Of(key + name));
            }
        }

        for (var first = 0; first < oldestFirst.Count; first += ResultGroupSize)
        {
            var count = Math.Min(ResultGroupSize, oldestFirst.Count - first);
            var start = first;
            yield return new FileJob(
                ResultsPath(first / ResultGroupSize),
                () => Results(start, count, oldestFirst, papers, topicNames, urls),
                Fingerprint.Of(KeyOf(searchable.AsSpan(first, count), first) + urls.BasePath));
        }
    }

    /// <summary>The site path of results group <paramref name="group"/>.</summary>
    public static string ResultsPath(int group) => ResultsFolder + group.ToString(CultureInfo.InvariantCulture) + ".json";

    /// <summary>The ref of the paper at <paramref name="place"/> in the oldest-first order.</summary>
    public static string RefOf(int place) => place.ToString(CultureInfo.InvariantCulture);

    /// <summary>The term a topic's name is indexed as in the topics field, or null when it has none (a stop word).</summary>
    public static string? TopicTerm(string name) => LunrPipeline.Analyse(LunrValue.FromList([name])).FirstOrDefault();

    /// <summary>A segment's summary: kept in the build cache under the segment's key, since making it takes analysing the segment's papers.</summary>
    private static SearchSegmentSummary Summary(BuildCache cache, string entry, string segmentKey, Lazy<LunrIndexSegment> parts)
    {
        if (cache.Load(entry, segmentKey, SearchSegmentSummary.Read) is { } kept)
        {
            return kept;
        }

        var summary = SearchSegmentSummary.Of(parts.Value);
        cache.Store(entry, segmentKey, summary.Write);
        return summary;
    }

    /// <summary>Everything the search files of a run of papers follow from: the papers' <paramref name="searchable"/> text, where the run starts and PaperSite itself.</summary>
    private static string KeyOf(ReadOnlySpan<UInt128> searchable, int first)
    {
        var key = new FingerprintBuilder()
            .Append(CodeVersion.Id)
            .Append(first)
            .Append(searchable.Length);
        foreach (var paper in searchable)
        {
            key.Append(paper);
        }

        return key.ToString();
    }

    /// <summary>A hash of each paper's searchable text, oldest first, worked out once on both cores.</summary>
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

    private static LunrDocument ToLunr(int place, Paper paper, IReadOnlyDictionary<string, string> topicNames) => new(
        RefOf(place),
        new Dictionary<string, LunrValue>(StringComparer.Ordinal)
        {
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract.Value,
            ["topics"] = LunrValue.FromList(paper.Topics.Select(t => topicNames[t.TopicSlug])),
        });

    private static byte[] Results(int first, int count, IReadOnlyList<int> oldestFirst, IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, string> topicNames, SiteUrls urls)
    {
        var documents = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        for (var place = first; place < first + count; place++)
        {
            var paper = papers[oldestFirst[place]];
            documents[RefOf(place)] = new SearchDocument(
                paper.Title,
                urls.Path(SiteUrls.Paper(paper.Slug)),
                Dates.Iso(paper.Date),
                paper.Topics.Select(t => topicNames[t.TopicSlug]).ToList(),
                Excerpt.Of(paper.Abstract.Value, 200));
        }

        return JsonSerializer.SerializeToUtf8Bytes(documents, Json.DictionaryStringSearchDocument);
    }

    /// <summary>
    /// <c>{"index": url, "results": url, "group": n, "papers": n, "topics": [{"name", "term"}, …]}</c>:
    /// root-absolute URLs of the parts' manifest and of the results folder. Written field by field:
    /// the serializer's first use costs more than this whole file.
    /// </summary>
    private static byte[] Manifest(IReadOnlyList<Topic> topics, int paperCount, SiteUrls urls)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("index", urls.Path(PartsFolder + LunrIndexParts.ManifestFile));
            json.WriteString("results", urls.Path(ResultsFolder));
            json.WriteNumber("group", ResultGroupSize);
            json.WriteNumber("papers", paperCount);
            json.WriteStartArray("topics");
            foreach (var topic in topics.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                if (TopicTerm(topic.Name) is { } term)
                {
                    json.WriteStartObject();
                    json.WriteString("name", topic.Name);
                    json.WriteString("term", term);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }
}

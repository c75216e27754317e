namespace PaperSite.Tests.Checking;

public sealed class SearchIndexCheckTests
{
    private const string Index = "search/index.json";
    private const string Documents = "search/documents.json";

    [Fact]
    public void Terms_must_ascend_by_ordinal_comparison()
    {
        // "Zeta" < "alpha" ordinally (upper case first), as lunr compares; a culture-aware sort would put it last.
        using var site = TestSite.Clean().File(Index, TestSite.LunrIndex(("Zeta", "bert"), ("alpha", "attention"), ("beta", "bert"), ("beta", "bert"), ("alpha", "bert")));
        Expect.Problems(site, $"{Index} | search-unsorted | beta");

        var detail = site.Check().Problems.Single().Detail;
        Assert.Contains("\"beta\"", detail);
        Assert.Contains("1 more terms out of order", detail);
    }

    [Fact]
    public void Every_ref_in_the_index_must_be_a_document()
    {
        using var site = TestSite.Clean().File(Index, TestSite.LunrIndex(("attent", "attention"), ("bert", "bert"), ("gpt", "gpt/3")));
        Expect.Problems(site, $"{Index} | search-unknown-ref | gpt/3");
    }

    [Fact]
    public void The_index_must_have_every_lunr_key()
    {
        using var site = TestSite.Clean().Replace(Index, ",\"pipeline\":[\"stemmer\"]", "");
        Expect.Problems(site, $"{Index} | search-malformed | ");
    }

    [Fact]
    public void The_index_must_be_json()
    {
        using var site = TestSite.Clean().File(Index, "{\"version\": ");
        Expect.Problems(site, $"{Index} | search-malformed | line 1");
    }

    [Fact]
    public void The_index_must_come_from_lunr_2_3_9()
    {
        using var site = TestSite.Clean().Replace(Index, "\"2.3.9\"", "\"2.3.8\"");
        Expect.Problems(site, $"{Index} | search-version | 2.3.8");
    }

    [Fact]
    public void An_index_needs_documents()
    {
        using var site = TestSite.Clean().Delete(Documents);
        Expect.Problems(site, $"{Documents} | search-missing-documents | ");
    }

    [Fact]
    public void Documents_need_their_fields()
    {
        using var site = TestSite.Clean().Replace(Documents, "\"topics\": [],", "");
        Expect.Problems(site, $"{Documents} | search-document-malformed | bert");
    }

    [Fact]
    public void Document_urls_must_be_root_absolute_pages_under_the_base_path()
    {
        using var site = TestSite.Clean()
            .Replace(Documents, "\"url\": \"{base}papers/bert/\"", "\"url\": \"/papers/bert/\"")
            .Replace(Documents, "\"url\": \"{base}papers/attention/\"", "\"url\": \"{base}papers/attn/\"");

        Expect.Problems(site,
            $"{Documents} | escapes-base-path | /papers/bert/",
            $"{Documents} | search-broken-url | /repo/papers/attn/");
    }

    [Fact]
    public void Shards_are_checked_like_the_single_index()
    {
        using var site = TestSite.Clean()
            .Delete(Index)
            .File("search/shards.json", """{"shards": [{"index": "{base}search/shard-0.json", "documents": "{base}search/documents.json"}, {"index": "{base}search/shard-1.json", "documents": "{base}search/documents.json"}, {"index": "{base}search/shard-2.json", "documents": "{base}search/documents.json"}]}""")
            .File("search/shard-0.json", TestSite.LunrIndex(("attent", "attention")))
            .File("search/shard-1.json", TestSite.LunrIndex(("bert", "bert"), ("ba", "bart")));

        Expect.Problems(site,
            "search/shard-1.json | search-unknown-ref | bart",
            "search/shard-1.json | search-unsorted | ba",
            "search/shards.json | search-missing-shard | /repo/search/shard-2.json");
    }

    [Fact]
    public void A_clean_sharded_index_has_no_problems()
    {
        using var site = TestSite.Clean()
            .Delete(Index)
            .File("search/shards.json", """{"shards": [{"index": "{base}search/shard-0.json", "documents": "{base}search/documents.json"}, {"index": "{base}search/shard-1.json", "documents": "{base}search/documents.json"}]}""")
            .File("search/shard-0.json", TestSite.LunrIndex(("attent", "attention")))
            .File("search/shard-1.json", TestSite.LunrIndex(("bert", "bert")));

        Expect.Problems(site);
    }

    [Fact]
    public void The_shard_list_must_name_shards()
    {
        using var site = TestSite.Clean().File("search/shards.json", """{"shards": "search/shard-0.json"}""");
        Expect.Problems(site, "search/shards.json | search-malformed | shards");
    }
}

namespace PaperSite.Tests.Checking;

public sealed class SearchIndexCheckTests
{
    private const string Manifest = "search/index/parts.json";
    private const string Segment = "search/index/0-abc/parts.json";
    private const string PartA = "search/index/0-abc/p-a.json";
    private const string PartB = "search/index/0-abc/p-b.json";
    private const string Results = "search/results/0.json";

    [Fact]
    public void A_clean_search_has_no_problems()
    {
        using var site = TestSite.Clean();
        Expect.Problems(site);
    }

    [Fact]
    public void Terms_must_ascend_by_ordinal_comparison()
    {
        // "bZ" < "ba" ordinally (upper case first), as lunr compares; a culture-aware sort would put it last.
        using var site = TestSite.Clean().File(PartB, TestSite.LunrPart(("bZ", "1"), ("ba", "1"), ("bert", "1"), ("bert", "1"), ("ba", "1")));
        Expect.Problems(site, $"{PartB} | search-unsorted | bert");

        Assert.Contains("1 more terms out of order", site.Check().Problems.Single().Detail);
    }

    [Fact]
    public void Every_term_must_be_in_the_part_its_prefix_names()
    {
        using var site = TestSite.Clean().File(PartA, TestSite.LunrPart(("attent", "0"), ("bert", "1")));
        Expect.Problems(site, $"{PartA} | search-misplaced-term | bert");
    }

    [Fact]
    public void Every_ref_in_the_parts_must_have_result_data()
    {
        using var site = TestSite.Clean().File(PartB, TestSite.LunrPart(("bert", "1"), ("bias", "17")));
        Expect.Problems(site, $"{PartB} | search-unknown-ref | 17");
    }

    [Fact]
    public void A_result_must_be_in_the_group_its_ref_names()
    {
        using var site = TestSite.Clean().File("search/results/1.json", """{"3": {"title": "T", "url": "{base}papers/bert/", "date": null, "topics": [], "excerpt": ""}}""");
        Expect.Problems(site, "search/results/1.json | search-misplaced-result | 3");
    }

    [Fact]
    public void Every_listed_part_must_exist()
    {
        using var site = TestSite.Clean().Delete(PartB);
        Expect.Problems(site, $"{Segment} | search-missing-part | {PartB}");
    }

    [Fact]
    public void Every_listed_segment_must_exist()
    {
        using var site = TestSite.Clean().Delete(Segment);
        Expect.Problems(site, $"{Manifest} | search-missing-part | {Segment}");
    }

    [Fact]
    public void A_segment_outside_the_site_is_missing_not_read()
    {
        using var site = TestSite.Clean().Replace(Manifest, "\"0-abc/parts.json\"", "\"../../../../etc/passwd\"");
        Expect.Problems(site, $"{Manifest} | search-missing-part | search/index/../../../../etc/passwd");
    }

    [Fact]
    public void The_manifest_must_give_what_scoring_needs()
    {
        using var site = TestSite.Clean().Replace(Manifest, "\"documentCount\":2,", "");
        Expect.Problems(site, $"{Manifest} | search-malformed | segments");
    }

    [Fact]
    public void A_field_vector_must_give_the_field_length()
    {
        using var site = TestSite.Clean().Replace(PartA, "\"title/0\",1,[0,1]", "\"title/0\",[0,1.2]");
        Expect.Problems(site, $"{PartA} | search-malformed | [\"title/0\",[0,1.2]]");
    }

    [Fact]
    public void A_part_must_be_json_with_both_lunr_keys()
    {
        using var site = TestSite.Clean().File(PartA, "{\"fieldVectors\": ").File(PartB, "{\"fieldVectors\": []}");
        Expect.Problems(site, $"{PartA} | search-malformed | line 1", $"{PartB} | search-malformed | ");
    }

    [Fact]
    public void The_parts_must_come_from_lunr_2_3_9()
    {
        using var site = TestSite.Clean().Replace(Manifest, "\"2.3.9\"", "\"2.3.8\"");
        Expect.Problems(site, $"{Manifest} | search-version | 2.3.8");
    }

    [Fact]
    public void Results_need_their_fields()
    {
        using var site = TestSite.Clean().Replace(Results, "\"topics\": [],", "");
        Expect.Problems(site, $"{Results} | search-document-malformed | 1");
    }

    [Fact]
    public void Result_urls_must_be_root_absolute_pages_under_the_base_path()
    {
        using var site = TestSite.Clean()
            .Replace(Results, "\"url\": \"{base}papers/bert/\"", "\"url\": \"/papers/bert/\"")
            .Replace(Results, "\"url\": \"{base}papers/attention/\"", "\"url\": \"{base}papers/attn/\"");

        Expect.Problems(site,
            $"{Results} | escapes-base-path | /papers/bert/",
            $"{Results} | search-broken-url | /repo/papers/attn/");
    }

    [Fact]
    public void The_search_manifest_must_name_the_index_and_results()
    {
        using var site = TestSite.Clean().File("search/search.json", """{"index": 3}""");
        Expect.Problems(site, "search/search.json | search-malformed | search.json");
    }
}

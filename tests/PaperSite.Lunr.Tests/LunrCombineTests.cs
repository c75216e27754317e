using System.Text.Json;

namespace PaperSite.Lunr.Tests;

/// <summary>
/// <see cref="LunrIndexBuilder.Combine"/>: documents analysed before, some in one analysis and some in
/// another, give the index lunr.js gives for the documents themselves, byte for byte.
/// </summary>
public sealed class LunrCombineTests
{
    public static IEnumerable<object[]> Fixtures => LunrGolden.FixtureNames().Append(["seed-papers"]);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Documents_analysed_in_two_halves_combine_into_the_golden_index(string name)
    {
        var (documents, builder, golden) = Load(name);
        var half = documents.Count / 2;
        var older = builder.Analyse(documents.Take(half).ToList());
        var newer = builder.Analyse(documents.Skip(half).ToList());
        var analysed = Enumerable.Range(0, half).Select(d => Kept(older, d, documents[d]))
            .Concat(Enumerable.Range(0, documents.Count - half).Select(d => Kept(newer, d, documents[half + d])))
            .ToList();

        LunrGolden.AssertSameBytes(golden, builder.Combine(analysed).ToUtf8Json());
    }

    [Fact]
    public void No_documents_analysed_or_combined_give_lunr_js_empty_index()
    {
        var builder = new LunrIndexBuilder([new LunrField("title", 10), new LunrField("body")]);
        const string Empty = "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}";

        Assert.Equal(Empty, builder.Analyse([]).ToJson());
        Assert.Equal(Empty, builder.Combine([]).ToJson());
    }

    [Fact]
    public void Combined_parts_equal_the_parts_of_the_analysed_documents()
    {
        var (documents, builder, _) = Load("seed-papers");
        var analysis = builder.Analyse(documents);
        var combined = builder.Combine(Enumerable.Range(0, documents.Count).Select(d => Kept(analysis, d, documents[d])).ToList());

        var expected = analysis.ToParts(budget: 20_000, segmentSize: 40).Files().ToList();
        var actual = combined.ToParts(budget: 20_000, segmentSize: 40).Files().ToList();
        Assert.True(expected.Count > 10, "the budget and segment size should cut the seed papers into several segments and parts");
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        foreach (var (file, bytes) in expected.Zip(actual, (e, a) => (e, a.Bytes)))
        {
            LunrGolden.AssertSameBytes(file.Bytes, bytes);
        }
    }

    [Fact]
    public void Documents_numbered_in_several_vocabularies_share_one_numbering()
    {
        var builder = new LunrIndexBuilder([new LunrField("title")]);
        string[] older = ["model", "learn"];
        string[] newer = ["learn", "zebra"];

        var combined = builder.Combine(
        [
            new LunrAnalysedDocument("1", older, [new LunrFieldAnalysis(3, [0, 1], [2, 1])]),
            new LunrAnalysedDocument("2", newer, [new LunrFieldAnalysis(2, [0, 1], [1, 1])]),
        ]);

        Assert.Equal(["learn", "model", "zebra"], combined.Vocabulary.Order(StringComparer.Ordinal));
        Assert.Equal(2, combined.Statistics.DocumentFrequency("learn"));
        Assert.Equal(1, combined.Statistics.DocumentFrequency("zebra"));
    }

    [Theory]
    [InlineData(new[] { 0, 0 }, new[] { 1, 1 }, 2)]
    [InlineData(new[] { 0 }, new[] { 0 }, 0)]
    [InlineData(new[] { 0 }, new[] { 2 }, 3)]
    [InlineData(new[] { 0, 1 }, new[] { 1 }, 1)]
    [InlineData(new[] { 2 }, new[] { 1 }, 1)]
    [InlineData(new[] { -1 }, new[] { 1 }, 1)]
    [InlineData(new int[0], new int[0], 1)]
    public void A_field_that_no_analysis_gives_is_refused(int[] terms, int[] counts, int length)
    {
        var builder = new LunrIndexBuilder([new LunrField("title")]);
        var field = new LunrFieldAnalysis(length, [.. terms], [.. counts]);

        Assert.Throws<ArgumentException>(() => builder.Combine([new LunrAnalysedDocument("1", ["model", "learn"], [field])]));
    }

    [Fact]
    public void A_field_without_arrays_is_refused()
    {
        var builder = new LunrIndexBuilder([new LunrField("title")]);

        Assert.Throws<ArgumentException>(() => builder.Combine([new LunrAnalysedDocument("1", ["model"], [new LunrFieldAnalysis(1, default, [1])])]));
    }

    [Fact]
    public void A_document_with_another_number_of_fields_is_refused()
    {
        var builder = new LunrIndexBuilder([new LunrField("title"), new LunrField("body")]);

        Assert.Throws<ArgumentException>(() => builder.Combine([new LunrAnalysedDocument("1", [], [LunrFieldAnalysis.Empty])]));
    }

    private static LunrAnalysedDocument Kept(LunrAnalysis analysis, int index, LunrDocument document) =>
        new(analysis.RefOf(index), analysis.Vocabulary, analysis.FieldsOf(index), document.Boost);

    private static (IReadOnlyList<LunrDocument> Documents, LunrIndexBuilder Builder, byte[] Golden) Load(string name)
    {
        var stem = name == "seed-papers" ? LunrGolden.PathOf("seed-papers") : Path.Combine(LunrGolden.Fixtures, name);
        var docsPath = name == "seed-papers" ? stem + ".json" : stem + ".docs.json";
        var config = LunrFixtureConfig.Load(stem + ".config.json");
        var builder = new LunrIndexBuilder(config.Fields);
        using var parsed = JsonDocument.Parse(File.ReadAllBytes(docsPath), new JsonDocumentOptions { MaxDepth = 256 });
        var documents = LunrJsonDocuments.FromArray(parsed.RootElement, config.Ref, builder.Fields, config.Boost);
        return (documents, builder, File.ReadAllBytes(stem + ".index.json"));
    }
}

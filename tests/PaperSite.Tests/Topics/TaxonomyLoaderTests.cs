using PaperSite.Diagnostics;
using PaperSite.Tests.Support;
using PaperSite.Topics;

namespace PaperSite.Tests.Topics;

public sealed class TaxonomyLoaderTests
{
    [Fact]
    public void Default_taxonomy_has_at_least_15_topics_with_phrases()
    {
        var topics = TaxonomyLoader.Load(RepoPaths.Input);
        Assert.True(topics.Count >= 15, $"{topics.Count} topics");
        Assert.All(topics, t => Assert.NotEmpty(t.Phrases));
        Assert.Equal(topics.Count, topics.Select(t => t.Slug).Distinct().Count());
    }

    [Fact]
    public void Malformed_yaml_names_the_file_and_line()
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", "topics:\n  - name: A\n    phrases: [a\n  - name: B\n");
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Equal("topics.yml", e.Diagnostic.File);
        Assert.NotNull(e.Diagnostic.Line);
    }

    [Fact]
    public void Unknown_keys_are_reported_not_ignored()
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", "topics:\n  - name: A\n    phrase: [a]\n");
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Equal(("topics.yml", 3), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("phrase", e.Message);
    }

    [Fact]
    public void A_topic_without_phrases_is_an_error_on_its_line()
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", "topics:\n  - name: Fine\n    phrases: [a]\n  - name: Empty\n");
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Contains("no phrases", e.Message);
        Assert.Equal(4, e.Diagnostic.Line);
    }

    [Fact]
    public void Two_topics_with_one_slug_name_the_second()
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", "topics:\n  - name: Graphs\n    phrases: [graph]\n  - name: graphs\n    phrases: [node]\n");
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Equal(("topics.yml", 4), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("'Graphs' has already", e.Message);
    }
}

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

    [Fact]
    public void Topics_with_every_entry_commented_out_are_no_topics()
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", "topics:\n#  - name: A\n#    phrases: [a]\n");
        Assert.Empty(TaxonomyLoader.Load(dir.Path));
    }

    [Theory]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n  - null\n", 4, "topic #2 is empty")]
    [InlineData("topics:\n  - name: A\n    phrases: ~\n", 2, "topic 'A' has no phrases")]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n    min_score: 0\n", 2, "min_score must be between 1 and 1000, not 0")]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n    name: B\n", 4, "'name' is given twice")]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n    description: {a: {b: c}}\n", 4, "expected a single text value here")]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n  - name: B\n    phrases: [b]\n    description: See [this](javascript:alert(1)).\n", 4, "topic 'B': description: a javascript: link")]
    [InlineData("topics:\n  - name: \"A\\e\"\n    phrases: [a]\n", 2, "control character or noncharacter (U+001B)")]
    [InlineData("topics:\n  - name: A\n    phrases: [a, '!!!']\n", 2, "topic 'A': phrase '!!!' can match no text")]
    [InlineData("topics:\n  - name: Con\n    phrases: [a]\n", 2, "topic 'Con': slug 'con' is a device name on Windows")]
    [InlineData("topics:\n  - name: A\n    phrases: ['*']\n", 2, "topic 'A': phrase '*' can match no text")]
    [InlineData("topics:\n  - name: A\n    phrases: [(robot*]\n", 2, "topic 'A': phrase '(robot*' can match no text")]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n    exclude: [C++*]\n", 2, "topic 'A': exclude phrase 'C++*' can match no text")]
    [InlineData("topics:\n  - name: A\n    phrases: [\"a\\0\"]\n", 3, "control character or noncharacter (U+0000)")]
    [InlineData("topics:\n  - name: A\n    phrases: [a]\n    description: A bell &#7; rings.\n", 2, "topic 'A': description: the character reference '&#7;' stands for a control character or noncharacter (U+0007)")]
    public void A_bad_topic_is_an_error_on_its_line(string yaml, int line, string message)
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", yaml);
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Equal(("topics.yml", line), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Null_excludes_and_descriptions_are_none()
    {
        using var dir = new TempDir();
        dir.Write("topics.yml", "topics:\n  - name: A\n    phrases: [a, ~]\n    exclude: ~\n    description: ~\n");
        var topic = Assert.Single(TaxonomyLoader.Load(dir.Path));
        Assert.Equal(["a"], topic.Phrases);
        Assert.Empty(topic.Exclusions);
    }

    [Fact]
    public void A_description_nested_too_deeply_is_an_error_not_a_crash()
    {
        using var dir = new TempDir();
        var nested = string.Concat(Enumerable.Repeat("[", 50_000)) + "x";
        dir.Write("topics.yml", $"topics:\n  - name: A\n    phrases: [a]\n    description: '{nested}'\n");
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Equal(("topics.yml", 2), (e.Diagnostic.File, e.Diagnostic.Line));
        Assert.Contains("nested too deeply", e.Message);
    }

    [Fact]
    public void An_alias_repeated_across_every_topic_is_refused_before_it_is_expanded()
    {
        var phrases = string.Join(", ", Enumerable.Range(0, 1000).Select(i => $"phrase{i}"));
        var topics = string.Concat(Enumerable.Range(1, 200).Select(i => $"  - {{name: T{i}, phrases: *all}}\n"));
        using var dir = new TempDir();
        dir.Write("topics.yml", $"topics:\n  - {{name: T0, phrases: &all [{phrases}]}}\n{topics}");
        var e = Assert.Throws<PaperSiteException>(() => TaxonomyLoader.Load(dir.Path));
        Assert.Equal("topics.yml", e.Diagnostic.File);
        Assert.Equal(101, e.Diagnostic.Line);
        Assert.Contains("more than 100,000 values", e.Message);
    }
}

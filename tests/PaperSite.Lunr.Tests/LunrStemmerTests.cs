using System.Text;
using System.Text.Json;
using PaperSite.Tests.Support;

namespace PaperSite.Lunr.Tests;

public sealed class LunrStemmerTests
{
    private static string GoldenPath => LunrGolden.PathOf("stemmer-seeds.tsv");

    [Theory]
    [InlineData("generously", "gener")]
    [InlineData("probabilities", "probabl")]
    [InlineData("agreed", "agre")]
    [InlineData("news", "new")]
    [InlineData("bus", "bu")]
    [InlineData("yes", "ye")]
    [InlineData("sky", "ski")]
    [InlineData("by", "by")]
    [InlineData("youth", "youth")]
    [InlineData("syllogism", "syllog")]
    [InlineData("", "")]
    public void Stems_samples_from_the_reference_notes(string word, string stem)
    {
        Assert.Equal(stem, LunrStemmer.Stem(word));
    }

    [Fact]
    public void Stems_every_seed_token_as_the_golden_file_says()
    {
        var lines = File.ReadAllLines(GoldenPath, Encoding.UTF8);
        Assert.Equal(SeedTokens(), lines.Select(line => line.Split('\t')[0]).ToList());
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            Assert.True(parts[1] == LunrStemmer.StemUncached(parts[0]), $"{parts[0]}: lunr {parts[1]}, ours {LunrStemmer.StemUncached(parts[0])}");
            Assert.Equal(parts[1], LunrStemmer.Stem(parts[0]));
        }
    }

    [RequiresNodeFact]
    public void Golden_stems_are_what_lunr_js_stems()
    {
        var tokens = SeedTokens();
        var fromLunr = NodeRunner.RunReference("stem", [], string.Join("\n", tokens) + "\n");
        if (LunrGolden.Updating)
        {
            File.WriteAllText(GoldenPath, fromLunr, new UTF8Encoding(false));
        }

        Assert.Equal(File.ReadAllText(GoldenPath, Encoding.UTF8), fromLunr);
    }

    /// <summary>Every distinct non-empty token of the seed papers after tokenizer and trimmer, ordinal order.</summary>
    private static List<string> SeedTokens()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.json")));
        var tokens = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var paper in json.RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "title", "abstract" })
            {
                foreach (var token in LunrTokenizer.Tokenize(paper.GetProperty(field).GetString()))
                {
                    var trimmed = LunrTrimmer.Trim(token);
                    if (trimmed.Length > 0)
                    {
                        tokens.Add(trimmed);
                    }
                }
            }
        }

        return tokens.ToList();
    }
}

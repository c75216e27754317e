using System.Text.Json;
using PaperSite.Tests.Support;

namespace PaperSite.Lunr.Tests;

/// <summary>
/// The quirk fixtures (Golden/fixtures, made by make-fixtures.js) and the seed papers: the C# index
/// must equal lunr.js's JSON byte for byte, both the committed golden output and, when node is there, live.
/// </summary>
public sealed class LunrFixtureTests
{
    public static IEnumerable<object[]> Fixtures => LunrGolden.FixtureNames().Append(["seed-papers"]);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Matches_the_golden_lunr_js_output(string name)
    {
        var (docs, config, golden) = PathsOf(name);
        LunrGolden.AssertSameBytes(File.ReadAllBytes(golden), LunrGolden.BuildWithCSharp(docs, config));
    }

    [RequiresNodeTheory]
    [MemberData(nameof(Fixtures))]
    public void Matches_lunr_js_live(string name)
    {
        var (docs, config, golden) = PathsOf(name);
        var fromLunr = LunrGolden.BuildWithLunrJs(docs, config);
        if (LunrGolden.Updating)
        {
            File.WriteAllBytes(golden, fromLunr);
        }

        LunrGolden.AssertSameBytes(fromLunr, LunrGolden.BuildWithCSharp(docs, config));
    }

    [Fact]
    public void Half_way_scores_round_like_math_round()
    {
        var (docs, config, _) = PathsOf("half-way-rounding");
        using var index = JsonDocument.Parse(LunrGolden.BuildWithCSharp(docs, config));
        var values = index.RootElement.GetProperty("fieldVectors").EnumerateArray()
            .SelectMany(vector => vector[1].EnumerateArray().Where((_, i) => i % 2 == 1).Select(v => v.GetDouble()))
            .ToList();

        // make-fixtures.js found a boost giving score * 1000 == 512.5 exactly: up to 513, and -512.5 up to -512.
        Assert.Contains(0.513, values);
        Assert.Contains(-0.512, values);
    }

    private static (string Docs, string Config, string Golden) PathsOf(string name)
    {
        if (name == "seed-papers")
        {
            return (LunrGolden.PathOf("seed-papers.json"), LunrGolden.PathOf("seed-papers.config.json"), LunrGolden.PathOf("seed-papers.index.json"));
        }

        var stem = Path.Combine(LunrGolden.Fixtures, name);
        return (stem + ".docs.json", stem + ".config.json", stem + ".index.json");
    }
}

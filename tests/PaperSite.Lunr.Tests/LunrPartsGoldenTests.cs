using System.Security.Cryptography;

namespace PaperSite.Lunr.Tests;

/// <summary>
/// The seed papers split into parts of 20,000 bytes: every file's SHA-256 must stay what it was when the
/// split was proven against lunr.js (LunrPartsParityTests), so a faster emitter cannot change a byte.
/// Golden/seed-papers.parts-20000.sha256 lists "file hash" lines; it was written from the parts of commit
/// 1f59e01, whose emitter wrote one document after another.
/// </summary>
public sealed class LunrPartsGoldenTests
{
    [Fact]
    public void The_seed_papers_parts_have_the_golden_bytes()
    {
        var config = LunrFixtureConfig.Load(LunrGolden.PathOf("seed-papers.config.json"));
        var analysis = LunrJsonIndexer.Analyse(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.json")), config.Ref, config.Fields, config.Boost);

        var parts = analysis.ToParts(budget: 20_000);

        var files = parts.Parts.Select(part => (part.FileName, part.Json))
            .Append((LunrIndexParts.ManifestFile, parts.Manifest))
            .Append((LunrIndexParts.VocabularyFile, parts.Vocabulary))
            .Select(file => file.Item1 + " " + Convert.ToHexStringLower(SHA256.HashData(file.Item2)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(File.ReadAllLines(LunrGolden.PathOf("seed-papers.parts-20000.sha256")), files);
    }
}

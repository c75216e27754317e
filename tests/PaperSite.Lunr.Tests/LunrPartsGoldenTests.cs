using System.Security.Cryptography;

namespace PaperSite.Lunr.Tests;

/// <summary>
/// The seed papers cut into segments of 100 and split into parts of 20,000 bytes: every file's SHA-256
/// must stay what it was when the split was proven against lunr.js (LunrPartsParityTests), so a faster
/// emitter cannot change a byte. Golden/seed-papers.parts-20000.sha256 lists "file hash" lines;
/// PAPERSITE_UPDATE_GOLDEN=1 rewrites it, after which the parity tests must pass again.
/// </summary>
public sealed class LunrPartsGoldenTests
{
    [Fact]
    public void The_seed_papers_parts_have_the_golden_bytes()
    {
        var config = LunrFixtureConfig.Load(LunrGolden.PathOf("seed-papers.config.json"));
        var analysis = LunrJsonIndexer.Analyse(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.json")), config.Ref, config.Fields, config.Boost);

        var parts = analysis.ToParts(budget: 20_000, segmentSize: 100);

        var files = parts.Files()
            .Select(file => file.Path + " " + Convert.ToHexStringLower(SHA256.HashData(file.Bytes)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var golden = LunrGolden.PathOf("seed-papers.parts-20000.sha256");
        if (LunrGolden.Updating)
        {
            File.WriteAllLines(golden, files);
        }

        Assert.Equal(File.ReadAllLines(golden), files);
    }
}

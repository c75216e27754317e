using System.Text;
using System.Text.Json;
using PaperSite.Tests.Support;

namespace PaperSite.Lunr.Tests;

/// <summary>
/// Golden files of the lunr port. Set PAPERSITE_UPDATE_GOLDEN=1 (with node and theme/node_modules/lunr
/// present) to rewrite the expected outputs from lunr.js itself.
/// </summary>
internal static class LunrGolden
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "PaperSite.Lunr.Tests", "Golden");

    public static string Fixtures => Path.Combine(Directory, "fixtures");

    public static bool Updating => Environment.GetEnvironmentVariable("PAPERSITE_UPDATE_GOLDEN") == "1";

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>The fixture names: every <c>fixtures/*.docs.json</c>.</summary>
    public static IEnumerable<object[]> FixtureNames()
    {
        return System.IO.Directory.GetFiles(Fixtures, "*.docs.json")
            .Select(path => Path.GetFileName(path)[..^".docs.json".Length])
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name });
    }

    /// <summary>Builds with the C# port from a docs file and a reference-script config file.</summary>
    public static byte[] BuildWithCSharp(string docsPath, string configPath)
    {
        var config = LunrFixtureConfig.Load(configPath);
        var analysis = LunrJsonIndexer.Analyse(File.ReadAllBytes(docsPath), config.Ref, config.Fields, config.Boost);
        return analysis.ToUtf8Json();
    }

    /// <summary>Builds with lunr.js under node from the same two files.</summary>
    public static byte[] BuildWithLunrJs(string docsPath, string configPath)
    {
        var output = Path.Combine(Path.GetTempPath(), "lunr-ref-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            NodeRunner.RunReference("index", [docsPath, configPath, output]);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Writes a config file the reference script reads.</summary>
    public static void WriteConfig(string path, string refName, IEnumerable<(string Name, double Boost)> fields, string? boost = null)
    {
        var json = JsonSerializer.Serialize(new
        {
            @ref = refName,
            fields = fields.Select(field => new object[] { field.Name, field.Boost }),
            boost,
        });
        File.WriteAllText(path, json, new UTF8Encoding(false));
    }

    /// <summary>Describes where two byte arrays first differ, with some context.</summary>
    public static string FirstDifference(byte[] expected, byte[] actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 80);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length, i + 80) - from);
        return $"first difference at byte {i} (lengths {expected.Length} vs {actual.Length})\nexpected: …{Around(expected)}…\nactual:   …{Around(actual)}…";
    }

    public static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        Assert.True(expected.AsSpan().SequenceEqual(actual), FirstDifference(expected, actual));
    }
}

/// <summary>The reference script's config: ref name, fields with boosts, optional doc boost property.</summary>
internal sealed record LunrFixtureConfig(string Ref, IReadOnlyList<LunrField> Fields, string? Boost)
{
    public static LunrFixtureConfig Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var fields = root.GetProperty("fields").EnumerateArray()
            .Select(pair => new LunrField(pair[0].GetString()!, pair[1].GetDouble()))
            .ToList();
        var boost = root.TryGetProperty("boost", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        return new LunrFixtureConfig(root.GetProperty("ref").GetString()!, fields, boost);
    }
}

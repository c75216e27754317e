using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.FileSystem;
using PaperSite.Model;
using PaperSite.Pages;
using PaperSite.Papers;

namespace PaperSite.Topics;

/// <summary>Loads the topic taxonomy from <c>topics.yml</c> and checks it.</summary>
internal static class TaxonomyLoader
{
    /// <summary>The file's name inside the input folder.</summary>
    public const string FileName = "topics.yml";

    private const int DefaultMinScore = 2;

    // Far above any score a title and abstract reach; a larger one would keep every paper out.
    private const int MaxMinScore = 1000;

    /// <summary>Reads the taxonomy; a missing file means no topics (every paper is "Other").</summary>
    /// <exception cref="PaperSiteException">The YAML is malformed, or a topic has no name or phrases, or two share a slug.</exception>
    public static IReadOnlyList<Topic> Load(string inputDir)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!ReadableFile.HasBytes(path))
        {
            return [];
        }

        var file = YamlFile.Load(path, FileName, new TopicsFile());
        var locations = YamlLocations.Of(File.ReadAllText(path));
        // `topics:` with every entry commented out is YAML's null: a taxonomy without topics, as `topics: []` is.
        var topics = (file.Topics ?? []).Select((entry, i) => ToTopic(entry, i + 1, locations.LineOfItem("topics", i) ?? locations.LineOf("topics"))).ToList();
        RejectDuplicateSlugs(topics, locations);
        return topics;
    }

    private static Topic ToTopic(TopicsFile.TopicEntry? entry, int position, int? line)
    {
        if (entry is null)
        {
            throw new PaperSiteException(FileName, line, $"topic #{position} is empty; give it a name and phrases, or remove it");
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new PaperSiteException(FileName, line, $"topic #{position} has no name");
        }

        var slug = string.IsNullOrWhiteSpace(entry.Slug) ? Slug.From(entry.Name) : entry.Slug.Trim();
        if (slug.Length == 0 || slug != Slug.From(slug))
        {
            throw new PaperSiteException(FileName, line, $"topic '{entry.Name}': slug '{slug}' must be lower-case letters, digits and hyphens");
        }

        if (Slug.IsDeviceName(slug))
        {
            throw new PaperSiteException(FileName, line, $"topic '{entry.Name}': slug '{slug}' is a device name on Windows, where its folder cannot be made; give the topic another slug");
        }

        if (slug == Topic.OtherSlug)
        {
            throw new PaperSiteException(FileName, line, $"topic '{entry.Name}': slug '{Topic.OtherSlug}' is reserved for papers no topic matches");
        }

        var phrases = Clean(entry.Phrases);
        if (phrases.Count == 0)
        {
            throw new PaperSiteException(FileName, line, $"topic '{entry.Name}' has no phrases, so no paper could match it");
        }

        RefuseUnmatchable(entry.Name, phrases, "phrase", line);
        var exclude = Clean(entry.Exclude);
        RefuseUnmatchable(entry.Name, exclude, "exclude phrase", line);

        var minScore = entry.MinScore ?? DefaultMinScore;
        if (minScore is < 1 or > MaxMinScore)
        {
            throw new PaperSiteException(FileName, line, $"topic '{entry.Name}': min_score must be between 1 and {MaxMinScore}, not {minScore}");
        }

        var description = entry.Description?.Trim() ?? "";
        MarkdownSource.Check(description, FileName, line, $"topic '{entry.Name}': description");
        return new Topic(slug, entry.Name.Trim(), description, phrases, exclude, minScore);
    }

    /// <summary>Refuses a phrase that could match no text, rather than keeping a topic that silently never uses it.</summary>
    private static void RefuseUnmatchable(string name, List<string> phrases, string what, int? line)
    {
        if (phrases.FirstOrDefault(p => !PhraseMatcher.MatchesItself(p)) is { } unmatchable)
        {
            throw new PaperSiteException(FileName, line, $"topic '{name}': {what} '{unmatchable}' can match no text: texts are matched word by word, a word being letters and digits, and '*' only ends a word");
        }
    }

    /// <summary>The phrases written, without YAML nulls and blanks; a null list (<c>phrases: ~</c>) has none.</summary>
    private static List<string> Clean(List<string?>? phrases) =>
        (phrases ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();

    private static void RejectDuplicateSlugs(List<Topic> topics, YamlLocations locations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            if (!seen.Add(topics[i].Slug))
            {
                var first = topics.First(t => t.Slug == topics[i].Slug);
                throw new PaperSiteException(FileName, locations.LineOfItem("topics", i), $"topic '{topics[i].Name}' has the slug '{topics[i].Slug}', which '{first.Name}' has already");
            }
        }
    }
}

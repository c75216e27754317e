using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Topics;

/// <summary>Loads the topic taxonomy from <c>topics.yml</c> and checks it.</summary>
public static class TaxonomyLoader
{
    /// <summary>The file's name inside the input folder.</summary>
    public const string FileName = "topics.yml";

    private const int DefaultMinScore = 2;

    /// <summary>Reads the taxonomy; a missing file means no topics (every paper is "Other").</summary>
    /// <exception cref="PaperSiteException">The YAML is malformed, or a topic has no name or phrases, or two share a slug.</exception>
    public static IReadOnlyList<Topic> Load(string inputDir)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var file = YamlFile.Load(path, FileName, new TopicsFile());
        var locations = YamlLocations.Of(File.ReadAllText(path));
        var topics = file.Topics.Select((entry, i) => ToTopic(entry, i + 1, locations.LineOfItem("topics", i))).ToList();
        RejectDuplicateSlugs(topics, locations);
        return topics;
    }

    private static Topic ToTopic(TopicsFile.TopicEntry entry, int position, int? line)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new PaperSiteException(FileName, line, $"topic #{position} has no name");
        }

        var slug = string.IsNullOrWhiteSpace(entry.Slug) ? Slug.From(entry.Name) : entry.Slug.Trim();
        if (slug.Length == 0 || slug != Slug.From(slug))
        {
            throw new PaperSiteException(FileName, line, $"topic '{entry.Name}': slug '{slug}' must be lower-case letters, digits and hyphens");
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

        return new Topic(slug, entry.Name.Trim(), entry.Description?.Trim() ?? "", phrases, Clean(entry.Exclude), entry.MinScore ?? DefaultMinScore);
    }

    private static List<string> Clean(List<string> phrases) =>
        phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();

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

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
        var topics = file.Topics.Select((entry, i) => ToTopic(entry, i + 1)).ToList();
        RejectDuplicateSlugs(topics);
        return topics;
    }

    private static Topic ToTopic(TopicsFile.TopicEntry entry, int position)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new PaperSiteException(FileName, null, $"topic #{position} has no name");
        }

        var slug = string.IsNullOrWhiteSpace(entry.Slug) ? Slug.From(entry.Name) : entry.Slug.Trim();
        if (slug.Length == 0 || slug != Slug.From(slug))
        {
            throw new PaperSiteException(FileName, null, $"topic '{entry.Name}': slug '{slug}' must be lower-case letters, digits and hyphens");
        }

        if (slug == Topic.OtherSlug)
        {
            throw new PaperSiteException(FileName, null, $"topic '{entry.Name}': slug '{Topic.OtherSlug}' is reserved for papers no topic matches");
        }

        var phrases = Clean(entry.Phrases);
        if (phrases.Count == 0)
        {
            throw new PaperSiteException(FileName, null, $"topic '{entry.Name}' has no phrases, so no paper could match it");
        }

        return new Topic(slug, entry.Name.Trim(), entry.Description?.Trim() ?? "", phrases, Clean(entry.Exclude), entry.MinScore ?? DefaultMinScore);
    }

    private static List<string> Clean(List<string> phrases) =>
        phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();

    private static void RejectDuplicateSlugs(List<Topic> topics)
    {
        var duplicate = topics.GroupBy(t => t.Slug).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PaperSiteException(FileName, null, $"two topics have the slug '{duplicate.Key}': {string.Join(", ", duplicate.Select(t => t.Name))}");
        }
    }
}

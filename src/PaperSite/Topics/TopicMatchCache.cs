using PaperSite.Caching;
using PaperSite.Model;

namespace PaperSite.Topics;

/// <summary>
/// Each paper's topic matches as the last build made them, under the key of its title and abstract, all
/// of them kept in the build cache under the key of the taxonomy's phrases, exclusions and minimum scores
/// (any change there is a miss for every paper). A daily build matches only the new papers and the ones
/// whose text changed.
/// </summary>
internal sealed class TopicMatchCache
{
    /// <summary>The build cache's entry of topic matches; its key is <see cref="TaxonomyKey"/>.</summary>
    public const string Entry = "topic-matches";

    private const int OtherTopic = -1;

    private readonly Dictionary<UInt128, IReadOnlyList<TopicMatch>> _byPaper;

    private TopicMatchCache(Dictionary<UInt128, IReadOnlyList<TopicMatch>> byPaper) => _byPaper = byPaper;

    /// <summary>No matches.</summary>
    public static TopicMatchCache Empty { get; } = new([]);

    /// <summary>The paper's matches as the last build made them, or null when its text was not matched by the last build.</summary>
    public IReadOnlyList<TopicMatch>? Find(UInt128 key) => _byPaper.GetValueOrDefault(key);

    /// <summary>True when these are the matches of exactly the texts <paramref name="keys"/>: there is nothing new to keep.</summary>
    public bool HoldsExactly(IReadOnlyList<UInt128> keys)
    {
        var distinct = new HashSet<UInt128>(keys);
        return distinct.Count == _byPaper.Count && distinct.All(_byPaper.ContainsKey);
    }

    /// <summary>Everything of the taxonomy that decides matches, in order; names and descriptions do not.</summary>
    public static string TaxonomyKey(IReadOnlyList<Topic> taxonomy)
    {
        var key = new System.Text.StringBuilder(Entry);
        foreach (var topic in taxonomy)
        {
            key.Append("\ntopic\t").Append(topic.Slug).Append('\t').Append(topic.MinScore);
            foreach (var phrase in topic.Phrases)
            {
                key.Append("\n+\t").Append(phrase);
            }

            foreach (var exclusion in topic.Exclusions)
            {
                key.Append("\n-\t").Append(exclusion);
            }
        }

        return key.ToString();
    }

    /// <summary>Writes the matches of this build's <paramref name="papers"/> (same order as their text <paramref name="keys"/>), made with <paramref name="taxonomy"/>.</summary>
    public static void Write(CacheWriter writer, IReadOnlyList<Topic> taxonomy, IReadOnlyList<UInt128> keys, IReadOnlyList<Paper> papers)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < taxonomy.Count; t++)
        {
            indexOf[taxonomy[t].Slug] = t;
        }

        var records = ContentKey.FirstPlaces(keys);
        writer.Write(records.Count);
        foreach (var i in records)
        {
            writer.Write(keys[i]);
            var matches = papers[i].Topics;
            writer.Write(matches.Count);
            foreach (var match in matches)
            {
                var topic = match.TopicSlug == Topic.OtherSlug ? OtherTopic : indexOf[match.TopicSlug];
                writer.Write(topic);
                writer.Write(topic == OtherTopic ? 0 : IndexOfPhrase(taxonomy[topic], match.Phrase));
                writer.Write(match.InTitle);
                writer.Write(match.Score);
            }
        }
    }

    private static int IndexOfPhrase(Topic topic, string phrase)
    {
        for (var p = 0; p < topic.Phrases.Count; p++)
        {
            if (topic.Phrases[p] == phrase)
            {
                return p;
            }
        }

        throw new InvalidOperationException($"'{phrase}' is not a phrase of topic '{topic.Slug}'");
    }

    /// <summary>Reads what <see cref="Write"/> wrote with the same <paramref name="taxonomy"/>.</summary>
    public static TopicMatchCache Read(CacheReader reader, IReadOnlyList<Topic> taxonomy)
    {
        var count = reader.ReadCount();
        var byPaper = new Dictionary<UInt128, IReadOnlyList<TopicMatch>>(Math.Min(count, 1 << 20));
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt128();
            var matches = new TopicMatch[reader.ReadCount()];
            for (var m = 0; m < matches.Length; m++)
            {
                var topic = reader.ReadInt32();
                var phrase = reader.ReadInt32();
                var inTitle = reader.ReadBoolean();
                var score = reader.ReadInt32();
                matches[m] = topic == OtherTopic
                    ? new TopicMatch(Topic.OtherSlug, "", inTitle, score)
                    : new TopicMatch(taxonomy[topic].Slug, taxonomy[topic].Phrases[phrase], inTitle, score);
            }

            byPaper[key] = matches;
        }

        return new TopicMatchCache(byPaper);
    }
}

using PaperSite.Caching;
using PaperSite.Model;

namespace PaperSite.Topics;

/// <summary>
/// Each paper's topic matches kept between builds, under the key of its title and abstract, all of them
/// under the key of the taxonomy's phrases, exclusions and minimum scores (any change there is a miss for
/// every paper). A daily build matches only the new papers and the ones whose text changed.
/// </summary>
internal sealed class TopicMatchCache
{
    private const string Entry = "topic-matches";
    private const int OtherTopic = -1;

    private readonly IReadOnlyList<Topic> _taxonomy;
    private readonly string _key;
    private readonly Dictionary<UInt128, IReadOnlyList<TopicMatch>> _byPaper;

    private TopicMatchCache(IReadOnlyList<Topic> taxonomy, string key, Dictionary<UInt128, IReadOnlyList<TopicMatch>> byPaper)
    {
        _taxonomy = taxonomy;
        _key = key;
        _byPaper = byPaper;
    }

    /// <summary>The matches the last build made with the same taxonomy; none when it had another or left no cache.</summary>
    public static TopicMatchCache Load(BuildCache cache, IReadOnlyList<Topic> taxonomy)
    {
        var key = TaxonomyKey(taxonomy);
        return new TopicMatchCache(taxonomy, key, cache.Load(Entry, key, reader => Read(reader, taxonomy)) ?? []);
    }

    /// <summary>The paper's matches as cached, or null when its text was not matched by the last build.</summary>
    public IReadOnlyList<TopicMatch>? Find(UInt128 key) => _byPaper.GetValueOrDefault(key);

    /// <summary>Keeps the matches of this build's papers (same order as <paramref name="keys"/>) for the next one, unless nothing changed.</summary>
    public void Store(BuildCache cache, IReadOnlyList<UInt128> keys, IReadOnlyList<Paper> papers)
    {
        var distinct = new HashSet<UInt128>(keys);
        if (distinct.Count == _byPaper.Count && distinct.All(_byPaper.ContainsKey))
        {
            return;
        }

        cache.Store(Entry, _key, writer => Write(writer, keys, papers));
    }

    /// <summary>Everything of the taxonomy that decides matches, in order; names and descriptions do not.</summary>
    private static string TaxonomyKey(IReadOnlyList<Topic> taxonomy)
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

    private void Write(CacheWriter writer, IReadOnlyList<UInt128> keys, IReadOnlyList<Paper> papers)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < _taxonomy.Count; t++)
        {
            indexOf[_taxonomy[t].Slug] = t;
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
                writer.Write(topic == OtherTopic ? 0 : IndexOfPhrase(_taxonomy[topic], match.Phrase));
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

    private static Dictionary<UInt128, IReadOnlyList<TopicMatch>> Read(CacheReader reader, IReadOnlyList<Topic> taxonomy)
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

        return byPaper;
    }
}

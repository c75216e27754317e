using System.Collections.Frozen;

namespace PaperSite.Model;

/// <summary>
/// Orderings and look-ups of the finished content that pages, feeds and search all need,
/// computed once: papers newest first, each topic's papers newest first.
/// </summary>
internal sealed class ContentIndex
{
    /// <summary>Indexes <paramref name="content"/>.</summary>
    public ContentIndex(SiteContent content)
    {
        Content = content;
        var papers = content.Catalog.Papers;
        NewestFirstPositions = Enumerable.Range(0, papers.Count)
            .OrderByDescending(i => papers[i].Date ?? DateOnly.MinValue)
            .ThenBy(i => i)
            .ToArray();
        NewestFirst = NewestFirstPositions.Select(i => papers[i]).ToArray();
        OldestFirstPositions = Enumerable.Range(0, papers.Count)
            .OrderBy(i => papers[i].Date ?? DateOnly.MinValue)
            .ThenBy(i => i)
            .ToArray();
        var byTopic = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        foreach (var paper in NewestFirst)
        {
            foreach (var topic in paper.Topics)
            {
                if (!byTopic.TryGetValue(topic.TopicSlug, out var list))
                {
                    byTopic[topic.TopicSlug] = list = [];
                }

                list.Add(paper);
            }
        }

        ByTopic = byTopic.ToFrozenDictionary(t => t.Key, t => (IReadOnlyList<Paper>)t.Value, StringComparer.Ordinal);
    }

    /// <summary>The content indexed.</summary>
    public SiteContent Content { get; }

    /// <summary>Papers newest first (by first dated appearance); undated last, in first-appearance order.</summary>
    public IReadOnlyList<Paper> NewestFirst { get; }

    /// <summary>Positions in <see cref="PaperCatalog.Papers"/> of <see cref="NewestFirst"/>.</summary>
    public IReadOnlyList<int> NewestFirstPositions { get; }

    /// <summary>
    /// Positions of the papers oldest first (undated first, then by date, ties in first-appearance
    /// order): adding newer dumps only appends to this order, so chunks of it stay put.
    /// </summary>
    public IReadOnlyList<int> OldestFirstPositions { get; }

    /// <summary>A topic's papers, newest first (empty when it has none).</summary>
    public IReadOnlyList<Paper> PapersIn(string topicSlug) => ByTopic.GetValueOrDefault(topicSlug) ?? [];

    private FrozenDictionary<string, IReadOnlyList<Paper>> ByTopic { get; }
}

using PaperSite.Model;

namespace PaperSite.Topics;

/// <summary>
/// Gives each paper its topics: a phrase in the title scores 3, each phrase occurrence in the
/// abstract 1; a topic whose score reaches its minimum, and none of whose exclusions matched, is
/// assigned. A paper no topic takes goes to "Other".
/// </summary>
public sealed class TopicAssigner
{
    private const int TitleWeight = 3;

    private readonly IReadOnlyList<Topic> _topics;
    private readonly PhraseMatcher _phrases;
    private readonly PhraseMatcher _exclusions;

    /// <summary>Prepares the matcher for <paramref name="topics"/>.</summary>
    public TopicAssigner(IReadOnlyList<Topic> topics)
    {
        _topics = topics;
        _phrases = new PhraseMatcher(topics.SelectMany((t, i) => t.Phrases.Select(p => (i, p))));
        _exclusions = new PhraseMatcher(topics.SelectMany((t, i) => t.Exclusions.Select(p => (i, p))));
    }

    /// <summary>The topic that collects papers no other topic matched.</summary>
    public static Topic Other { get; } = new(
        Topic.OtherSlug, "Other", "Papers that match none of the topics in `topics.yml`.", [], [], 0);

    /// <summary>The paper's topics, in taxonomy order, with why each was assigned.</summary>
    public IReadOnlyList<TopicMatch> Assign(Paper paper)
    {
        var title = Words.Of(paper.Title);
        var body = Words.Of(paper.Abstract);
        var excluded = _exclusions.Matches(title).Concat(_exclusions.Matches(body)).Select(p => p.Owner).ToHashSet();

        var scores = new Dictionary<int, Score>();
        Tally(scores, _phrases.Matches(title), inTitle: true);
        Tally(scores, _phrases.Matches(body), inTitle: false);

        var matches = scores
            .Where(s => !excluded.Contains(s.Key) && s.Value.Total >= _topics[s.Key].MinScore)
            .OrderBy(s => s.Key)
            .Select(s => new TopicMatch(_topics[s.Key].Slug, s.Value.Reason.Text, s.Value.ReasonInTitle, s.Value.Total))
            .ToList();
        return matches.Count > 0 ? matches : [new TopicMatch(Topic.OtherSlug, "", false, 0)];
    }

    private static void Tally(Dictionary<int, Score> scores, IEnumerable<PhraseMatcher.Phrase> found, bool inTitle)
    {
        foreach (var phrase in found)
        {
            var score = scores.TryGetValue(phrase.Owner, out var s) ? s : new Score(0, phrase, inTitle);
            scores[phrase.Owner] = score with { Total = score.Total + (inTitle ? TitleWeight : 1) };
        }
    }

    /// <summary>A topic's running score and the first phrase that matched (title first), shown as the reason.</summary>
    private readonly record struct Score(int Total, PhraseMatcher.Phrase Reason, bool ReasonInTitle);
}

using PaperSite.Model;

namespace PaperSite.Topics;

/// <summary>
/// Gives each paper its topics: a phrase in the title scores 3, each phrase occurrence in the
/// abstract 1; a topic whose score reaches its minimum, and none of whose exclusions matched, is
/// assigned. A paper no topic takes goes to "Other".
/// </summary>
internal sealed class TopicAssigner
{
    private const int TitleWeight = 3;

    private readonly Topic[] _topics;

    // Phrases and exclusions in one matcher, so each word is looked up once: a phrase of topic i
    // has the owner i, an exclusion of topic i the owner ~i (negative).
    private readonly PhraseMatcher _matcher;

    /// <summary>Prepares the matcher for <paramref name="topics"/>.</summary>
    public TopicAssigner(IReadOnlyList<Topic> topics)
    {
        _topics = [.. topics];
        _matcher = new PhraseMatcher(OwnedPhrases(topics));
    }

    /// <summary>The topic that collects papers no other topic matched.</summary>
    public static Topic Other { get; } = new(
        Topic.OtherSlug, "Other", "Papers that match none of the topics in `topics.yml`.", [], [], 0);

    /// <summary>The paper's topics, in taxonomy order, with why each was assigned.</summary>
    public IReadOnlyList<TopicMatch> Assign(Paper paper)
    {
        // Indexed by topic: the taxonomy is small, and one array per paper is far cheaper than a dictionary.
        var scores = new Score[_topics.Length];
        var found = new List<PhraseMatcher.Phrase>();
        Tally(scores, paper.Title, inTitle: true, found);
        Tally(scores, paper.Abstract.Value, inTitle: false, found);

        List<TopicMatch>? matches = null;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (score.Reason is not null && !score.Excluded && score.Total >= _topics[i].MinScore)
            {
                (matches ??= []).Add(new TopicMatch(_topics[i].Slug, score.Reason.Text, score.ReasonInTitle, score.Total));
            }
        }

        return matches ?? [new TopicMatch(Topic.OtherSlug, "", false, 0)];
    }

    private void Tally(Score[] scores, string text, bool inTitle, List<PhraseMatcher.Phrase> found)
    {
        found.Clear();
        _matcher.FindAll(text, found);
        foreach (var phrase in found)
        {
            if (phrase.Owner < 0)
            {
                scores[~phrase.Owner].Excluded = true;
                continue;
            }

            ref var score = ref scores[phrase.Owner];
            if (score.Reason is null)
            {
                score.Reason = phrase;
                score.ReasonInTitle = inTitle;
            }

            score.Total += inTitle ? TitleWeight : 1;
        }
    }

    // Loops, not LINQ: with tiered compilation off, every LINQ iterator over a value tuple is
    // generic code compiled fully optimised on first use, at the start of every build.
    private static List<(int Owner, string Text)> OwnedPhrases(IReadOnlyList<Topic> topics)
    {
        var phrases = new List<(int Owner, string Text)>();
        for (var i = 0; i < topics.Count; i++)
        {
            foreach (var phrase in topics[i].Phrases)
            {
                phrases.Add((i, phrase));
            }

            foreach (var exclusion in topics[i].Exclusions)
            {
                phrases.Add((~i, exclusion));
            }
        }

        return phrases;
    }

    /// <summary>
    /// A topic's running score and the first phrase that matched (title first), shown as the
    /// reason; no reason means no phrase matched. Excluded when one of its exclusions matched.
    /// </summary>
    private struct Score
    {
        public int Total;
        public PhraseMatcher.Phrase? Reason;
        public bool ReasonInTitle;
        public bool Excluded;
    }
}

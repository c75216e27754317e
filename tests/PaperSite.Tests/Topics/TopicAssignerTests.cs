using PaperSite.Model;
using PaperSite.Papers;
using PaperSite.Topics;

namespace PaperSite.Tests.Topics;

public sealed class TopicAssignerTests
{
    private static readonly Topic Rl = new("rl", "Reinforcement Learning", "", ["reinforcement learning", "reward*"], ["reward model"], 2);
    private static readonly Topic Robots = new("robotics", "Robotics", "", ["robot*"], [], 2);

    private static Paper Paper(string title, string abstractText) => new("p", title, PaperTexts.Of(abstractText), []);

    [Fact]
    public void A_title_match_is_enough_and_is_the_reason()
    {
        var match = Assert.Single(new TopicAssigner([Rl, Robots]).Assign(Paper("Deep Reinforcement Learning at Scale", "We scale things.")));
        Assert.Equal(("rl", "reinforcement learning", true, 3), (match.TopicSlug, match.Phrase, match.InTitle, match.Score));
    }

    [Fact]
    public void One_abstract_match_is_not_enough_two_are()
    {
        var assigner = new TopicAssigner([Rl, Robots]);
        Assert.Equal(Topic.OtherSlug, Assert.Single(assigner.Assign(Paper("A Paper", "Robots are mentioned once."))).TopicSlug);
        var match = Assert.Single(assigner.Assign(Paper("A Paper", "A robot and robotic arms.")));
        Assert.Equal(("robotics", false, 2), (match.TopicSlug, match.InTitle, match.Score));
    }

    [Fact]
    public void Plurals_and_wildcards_match_and_exclusions_win()
    {
        var assigner = new TopicAssigner([Rl]);
        Assert.Equal("rl", Assert.Single(assigner.Assign(Paper("Rewards Everywhere", "x"))).TopicSlug);
        Assert.Equal(Topic.OtherSlug, Assert.Single(assigner.Assign(Paper("Rewards Everywhere", "We train a reward model."))).TopicSlug);
    }

    [Fact]
    public void Matches_whole_words_only()
    {
        var topic = new Topic("rl", "RL", "", ["RL"], [], 2);
        Assert.Equal(Topic.OtherSlug, Assert.Single(new TopicAssigner([topic]).Assign(Paper("CURL and URLs", "curl url"))).TopicSlug);
        Assert.Equal("rl", Assert.Single(new TopicAssigner([topic]).Assign(Paper("Offline RL", "x"))).TopicSlug);
    }

    [Theory]
    [InlineData("SE(3)", "Equivariant Networks on SE(3)")]
    [InlineData("U.S. policy", "Tracking U.S. Policy Changes")]
    [InlineData("LLM's", "An LLM's Memory")]
    public void A_phrase_with_punctuation_matches_as_it_is_written(string phrase, string title)
    {
        var topic = new Topic("t", "T", "", [phrase], [], 2);
        var match = Assert.Single(new TopicAssigner([topic]).Assign(Paper(title, "x")));
        Assert.Equal(("t", phrase), (match.TopicSlug, match.Phrase));
    }
}

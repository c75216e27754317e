namespace PaperSite.Model;

/// <summary>Why a paper has a topic: the phrase that matched and where.</summary>
/// <param name="TopicSlug">The topic's slug.</param>
/// <param name="Phrase">The phrase from <c>topics.yml</c> that matched.</param>
/// <param name="InTitle">True when the phrase matched in the title (which weighs more).</param>
/// <param name="Score">The topic's total match score for the paper.</param>
internal sealed record TopicMatch(string TopicSlug, string Phrase, bool InTitle, int Score);

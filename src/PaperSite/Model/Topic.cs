namespace PaperSite.Model;

/// <summary>A topic of the taxonomy in <c>topics.yml</c>.</summary>
/// <param name="Slug">URL segment under <c>topics/</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">Markdown description.</param>
/// <param name="Phrases">Phrases that put a paper in the topic when found in its title or abstract.</param>
/// <param name="Exclusions">Phrases that keep a paper out of the topic even when a phrase matched.</param>
/// <param name="MinScore">The score a paper needs: a title match counts 3, each abstract match 1.</param>
internal sealed record Topic(
    string Slug,
    string Name,
    string Description,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Exclusions,
    int MinScore)
{
    /// <summary>The slug of the catch-all topic for papers no phrase matched.</summary>
    public const string OtherSlug = "other";
}

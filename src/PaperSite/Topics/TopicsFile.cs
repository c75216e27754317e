namespace PaperSite.Topics;

/// <summary>The shape of <c>topics.yml</c>, as YAML gives it: any list or entry may be YAML's null (<c>~</c>, or nothing).</summary>
internal sealed class TopicsFile
{
    public List<TopicEntry?>? Topics { get; set; } = [];

    /// <summary>One topic as written; optional fields may be missing.</summary>
    public sealed class TopicEntry
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public string? Description { get; set; }

        public List<string?>? Phrases { get; set; } = [];

        public List<string?>? Exclude { get; set; } = [];

        public int? MinScore { get; set; }
    }
}

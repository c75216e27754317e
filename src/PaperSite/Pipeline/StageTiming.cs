namespace PaperSite.Pipeline;

/// <summary>How long a stage took.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Elapsed">Wall time.</param>
internal sealed record StageTiming(string Stage, TimeSpan Elapsed);

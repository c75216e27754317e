namespace PaperSite.Benchmarks;

/// <summary>One row of the benchmark table.</summary>
/// <param name="Label">What the row measures.</param>
/// <param name="Values">The figure for each corpus size, formatted.</param>
internal sealed record BenchRow(string Label, IReadOnlyList<string> Values);

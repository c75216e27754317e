namespace PaperSite.Benchmarks;

/// <summary>What one build stage cost.</summary>
/// <param name="Stage">The stage's name (<c>read</c>, <c>parse</c>, …, <c>check</c>).</param>
/// <param name="Milliseconds">Wall time.</param>
/// <param name="AllocatedBytes">Managed memory allocated while it ran, on every thread.</param>
/// <param name="WorkingSetBytes">The process's working set when it finished.</param>
internal sealed record StageMeasurement(string Stage, double Milliseconds, long AllocatedBytes, long WorkingSetBytes);

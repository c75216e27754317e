namespace PaperSite.Output;

/// <summary>What bringing the output folder up to date did.</summary>
/// <param name="Written">Files created or changed.</param>
/// <param name="Unchanged">Files whose bytes were already right (left alone, timestamps kept).</param>
/// <param name="Deleted">Stale files removed.</param>
internal sealed record SyncResult(int Written, int Unchanged, int Deleted);

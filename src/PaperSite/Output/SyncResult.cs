namespace PaperSite.Output;

/// <summary>What bringing the output folder up to date did.</summary>
/// <param name="Written">Files created or changed.</param>
/// <param name="Unchanged">Files whose bytes were already right (left alone, timestamps kept).</param>
/// <param name="Removed">Stale files removed, as site paths.</param>
internal sealed record SyncResult(int Written, int Unchanged, IReadOnlyList<string> Removed)
{
    /// <summary>How many stale files were removed.</summary>
    public int Deleted => Removed.Count;
}

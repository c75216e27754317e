namespace PaperSite;

/// <summary>Maps a list on every core, keeping its order.</summary>
internal static class ParallelMap
{
    /// <summary>
    /// <paramref name="map"/> of each item, in the items' order; the items are mapped in parallel.
    /// Parallel.For into an array rather than ordered PLINQ: the generic code of an ordered PLINQ
    /// query is not precompiled, and a daily build compiled some 100 PLINQ methods (38 ms) as it ran.
    /// </summary>
    public static TResult[] Of<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return results;
    }
}

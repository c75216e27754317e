namespace PaperSite.Search;

/// <summary>One shard of the site's search: a lunr index and the documents its results show.</summary>
/// <param name="IndexPath">Site path of the lunr index JSON.</param>
/// <param name="DocumentsPath">Site path of the documents JSON.</param>
/// <param name="Papers">Indices (into the site's papers) of the papers in this shard.</param>
/// <param name="First">Where the shard starts in the oldest-first order of papers (shards are consecutive runs of it).</param>
public sealed record SearchShard(string IndexPath, string DocumentsPath, IReadOnlyList<int> Papers, int First);

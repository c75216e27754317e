namespace PaperSite.Output;

/// <summary>
/// Folders a build keeps beside the output folder (same disk, never published): for
/// <c>output/</c> and <c>staging</c>, <c>.output.papersite-staging/</c>.
/// </summary>
internal static class OutputSibling
{
    /// <summary>The full path of the <paramref name="purpose"/> folder beside <paramref name="outputDir"/>.</summary>
    public static string Folder(string outputDir, string purpose)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.papersite-{purpose}");
    }
}

using PaperSite.Diagnostics;

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

    /// <summary>
    /// <see cref="Folder"/>, for a file or folder a build writes into: never through a symbolic link,
    /// which a cloned repository can hold beside its output folder, pointing at the user's own files.
    /// </summary>
    /// <exception cref="PaperSiteException">The path is a symbolic link.</exception>
    public static string Unlinked(string outputDir, string purpose)
    {
        var path = Folder(outputDir, purpose);
        if (new FileInfo(path).LinkTarget is not null)
        {
            throw new PaperSiteException(path, null, "is a symbolic link; PaperSite writes no file through one beside the output folder: remove it and build again");
        }

        return path;
    }
}

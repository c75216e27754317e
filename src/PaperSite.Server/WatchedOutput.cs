using PaperSite.Diagnostics;
using PaperSite.FileSystem;

namespace PaperSite.Server;

/// <summary>
/// The output folder must lie outside every folder the rebuild loop watches: otherwise each build's
/// writes are a change that starts the next build, forever.
/// </summary>
internal static class WatchedOutput
{
    /// <summary>Throws a one-line error naming <paramref name="outputDir"/> when it is, or is inside, one of <paramref name="watched"/>.</summary>
    /// <remarks>Compared where the paths really lead: a link can put the output inside a watched folder under another name.</remarks>
    public static void EnsureOutside(string outputDir, IEnumerable<string> watched)
    {
        foreach (var folder in watched)
        {
            if (RealPath.LeadsInto(outputDir, folder))
            {
                throw new PaperSiteException(outputDir, null, $"the output folder is inside {folder}, which serve watches for changes: every build would start another. Choose an --output outside {folder}.");
            }
        }
    }
}

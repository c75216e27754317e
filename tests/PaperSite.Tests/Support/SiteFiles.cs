using PaperSite.Caching;
using PaperSite.Output;

namespace PaperSite.Tests.Support;

/// <summary>The files of a built site, to compare two builds.</summary>
public static class SiteFiles
{
    /// <summary>Every file of a built site with its bytes' hash, the manifest aside (it records how files were made).</summary>
    public static SortedDictionary<string, string> Of(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputManifest.FileName)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Fingerprint.Of(File.ReadAllBytes(f))), StringComparer.Ordinal);
}

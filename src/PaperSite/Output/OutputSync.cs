using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// Brings the output folder up to date with a finished build: moves in only the files whose bytes
/// changed (unchanged files keep their timestamps, so a deploy and a git diff stay small) and
/// removes stale ones. Refuses to touch a non-empty folder PaperSite did not write, so a wrong
/// <c>--output</c> never deletes someone's files.
/// </summary>
public static class OutputSync
{
    /// <summary>Fails when <paramref name="outputDir"/> holds files but no PaperSite manifest.</summary>
    /// <exception cref="PaperSiteException">The folder is not empty and has no manifest.</exception>
    public static void GuardForeignFolder(string outputDir)
    {
        if (Directory.Exists(outputDir)
            && Directory.EnumerateFileSystemEntries(outputDir).Any()
            && !File.Exists(Path.Combine(outputDir, OutputManifest.FileName)))
        {
            throw new PaperSiteException(outputDir, null, $"the output folder is not empty and was not written by PaperSite (it has no {OutputManifest.FileName}); empty it or pass another --output");
        }
    }

    /// <summary>Makes <paramref name="outputDir"/> hold exactly the rendered site (plus the manifest).</summary>
    public static SyncResult Commit(string outputDir, RenderedSite site)
    {
        GuardForeignFolder(outputDir);
        // Absolute once: each relative path would make the OS look up the working folder again.
        outputDir = Path.GetFullPath(outputDir);
        Directory.CreateDirectory(outputDir);
        site.Staging.CommitTo(outputDir, site.Changed);
        var expected = site.Files.Select(f => f.Path).Append(OutputManifest.FileName).ToHashSet(StringComparer.Ordinal);
        var deleted = DeleteStale(outputDir, site.Previous, expected);
        OutputManifest.Save(outputDir, site.Files, wasChecked: false);
        return new SyncResult(site.Changed.Count, site.Files.Count - site.Changed.Count, deleted);
    }

    /// <summary>
    /// Deletes the files the last build wrote that this one did not, and folders they leave empty.
    /// The manifest lists them: no need to walk the whole output folder on every build.
    /// </summary>
    private static int DeleteStale(string outputDir, OutputManifest previous, HashSet<string> expected)
    {
        var stale = previous.Files.Keys.Where(p => !expected.Contains(p)).ToList();
        foreach (var path in stale)
        {
            var full = Path.Combine(outputDir, path);
            if (!SitePath.HasNoLinkedFolder(outputDir, path))
            {
                continue;
            }

            if (File.Exists(full))
            {
                File.Delete(full);
            }

            DeleteEmptyFolders(Path.GetDirectoryName(full)!, Path.GetFullPath(outputDir));
        }

        return stale.Count;
    }

    private static void DeleteEmptyFolders(string folder, string outputDir)
    {
        while (Path.GetFullPath(folder).Length > outputDir.TrimEnd(Path.DirectorySeparatorChar).Length
            && Directory.Exists(folder)
            && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}

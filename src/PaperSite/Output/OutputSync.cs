using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// Brings the output folder up to date with a finished build: moves in only the files whose bytes
/// changed (unchanged files keep their timestamps, so a deploy and a git diff stay small) and
/// removes stale ones. Refuses to touch a non-empty folder PaperSite did not write, so a wrong
/// <c>--output</c> never deletes someone's files.
/// </summary>
internal static class OutputSync
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

    /// <summary>
    /// Makes <paramref name="outputDir"/> hold exactly the rendered site (plus the manifest, which
    /// records <paramref name="baseUrl"/>). A first build moves the staging folder in whole. Any other
    /// marks the manifest as written to before the first file changes, and as whole again only once
    /// the last one did: a write stopped half-way (a killed build, a full disk) is found and repaired
    /// by the next build, which trusts none of the files and writes them all.
    /// </summary>
    public static SyncResult Commit(string outputDir, RenderedSite site, string? baseUrl = null)
    {
        GuardForeignFolder(outputDir);
        // Absolute once: each relative path would make the OS look up the working folder again.
        outputDir = Path.GetFullPath(outputDir);
        if (site.Staging.CanBecome(outputDir))
        {
            OutputManifest.Save(site.Staging.Root, site.Files, wasChecked: false, baseUrl);
            if (site.Staging.TryBecomeOutput(outputDir))
            {
                return new SyncResult(site.Changed.Count, site.Files.Count - site.Changed.Count, []);
            }
        }

        Directory.CreateDirectory(outputDir);
        OutputManifest.SaveWriting(outputDir, EveryFileOfEither(site), baseUrl);
        site.Staging.CommitTo(outputDir, site.Changed);
        var expected = site.Files.Select(f => f.Path).Append(OutputManifest.FileName).ToHashSet(StringComparer.Ordinal);
        var deleted = DeleteStale(outputDir, site.Previous, expected);
        OutputManifest.Save(outputDir, site.Files, wasChecked: false, baseUrl);
        return new SyncResult(site.Changed.Count, site.Files.Count - site.Changed.Count, deleted);
    }

    /// <summary>The files of this build and those of the last one it does not make: all a stopped write may leave.</summary>
    private static IEnumerable<OutputFileInfo> EveryFileOfEither(RenderedSite site)
    {
        var paths = site.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return site.Files.Concat(site.Previous.Files.Values.Where(f => !paths.Contains(f.Path)));
    }

    /// <summary>
    /// Deletes the files the last build wrote that this one did not, and folders they leave empty.
    /// The manifest lists them: no need to walk the whole output folder on every build.
    /// </summary>
    private static IReadOnlyList<string> DeleteStale(string outputDir, OutputManifest previous, HashSet<string> expected)
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
                WriteFaults.Step(full);
                File.Delete(full);
            }

            DeleteEmptyFolders(Path.GetDirectoryName(full)!, Path.GetFullPath(outputDir));
        }

        return stale;
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

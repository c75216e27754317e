using System.Text;
using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// Brings the output folder up to date with a finished build: writes only files whose bytes
/// changed (so unchanged files keep their timestamps and a deploy stays small) and removes stale
/// ones. Refuses to clean a non-empty folder PaperSite did not write, so a wrong <c>--output</c>
/// never deletes someone's files.
/// </summary>
public static class OutputSync
{
    /// <summary>The list of files of the last build, kept in the output folder.</summary>
    public const string ManifestName = ".papersite-manifest";

    /// <summary>Makes <paramref name="outputDir"/> hold exactly <paramref name="files"/> (plus the manifest).</summary>
    /// <exception cref="PaperSiteException">The folder is not empty and has no manifest.</exception>
    public static SyncResult Sync(string outputDir, IReadOnlyList<OutputFile> files)
    {
        GuardForeignFolder(outputDir);
        Directory.CreateDirectory(outputDir);

        var written = 0;
        var unchanged = 0;
        var expected = new HashSet<string>(StringComparer.Ordinal) { ManifestName };
        Parallel.ForEach(files, file =>
        {
            if (WriteIfChanged(Path.Combine(outputDir, file.Path), file.Bytes))
            {
                Interlocked.Increment(ref written);
            }
            else
            {
                Interlocked.Increment(ref unchanged);
            }
        });
        expected.UnionWith(files.Select(f => f.Path));

        var deleted = DeleteStale(outputDir, expected);
        WriteIfChanged(Path.Combine(outputDir, ManifestName), Manifest(files));
        return new SyncResult(written, unchanged, deleted);
    }

    private static void GuardForeignFolder(string outputDir)
    {
        if (Directory.Exists(outputDir)
            && Directory.EnumerateFileSystemEntries(outputDir).Any()
            && !File.Exists(Path.Combine(outputDir, ManifestName)))
        {
            throw new PaperSiteException(outputDir, null, $"the output folder is not empty and was not written by PaperSite (it has no {ManifestName}); empty it or pass another --output");
        }
    }

    private static bool WriteIfChanged(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(info.DirectoryName!);
        File.WriteAllBytes(path, bytes);
        return true;
    }

    private static int DeleteStale(string outputDir, HashSet<string> expected)
    {
        var stale = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories)
            .Where(f => !expected.Contains(Path.GetRelativePath(outputDir, f).Replace('\\', '/')))
            .ToList();
        stale.ForEach(File.Delete);
        foreach (var dir in Directory.EnumerateDirectories(outputDir, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }

        return stale.Count;
    }

    private static byte[] Manifest(IReadOnlyList<OutputFile> files) =>
        Encoding.UTF8.GetBytes(string.Concat(files.Select(f => f.Path + "\n")));
}

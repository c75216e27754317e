namespace PaperSite.Output;

/// <summary>
/// Where a build puts the files it changed until every stage has succeeded: a folder beside the
/// output folder (same disk, so committing is a rename per file). A failed build deletes it and
/// the output folder never saw a thing.
/// </summary>
public sealed class StagingArea : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>Creates an empty staging folder for <paramref name="outputDir"/>.</summary>
    public StagingArea(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Root = Path.Combine(Path.GetDirectoryName(full) ?? full, "." + Path.GetFileName(full) + ".papersite-staging");
        Discard();
        Directory.CreateDirectory(Root);
    }

    /// <summary>The staging folder.</summary>
    public string Root { get; }

    /// <summary>Stages a changed file.</summary>
    public void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        var folder = Path.GetDirectoryName(full)!;
        if (_folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Moves every staged file into <paramref name="outputDir"/>, replacing what is there.</summary>
    public void CommitTo(string outputDir, IEnumerable<string> paths)
    {
        // A first build: the staging folder becomes the output folder in one rename.
        if (!Directory.Exists(outputDir) || !Directory.EnumerateFileSystemEntries(outputDir).Any())
        {
            if (Directory.Exists(outputDir))
            {
                Directory.Delete(outputDir);
            }

            Directory.Move(Root, outputDir);
            return;
        }

        foreach (var path in paths)
        {
            var target = Path.Combine(outputDir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(Root, path), target, overwrite: true);
        }
    }

    /// <summary>Deletes the staging folder and anything in it.</summary>
    public void Discard()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Discard();
}

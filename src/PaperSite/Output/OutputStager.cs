using System.Collections.Concurrent;

namespace PaperSite.Output;

/// <summary>
/// Takes the files of a build as they are produced (from any thread): a file whose bytes match
/// the last build is only recorded; a changed one is staged until the build succeeds.
/// </summary>
public sealed class OutputStager
{
    private readonly string _outputDir;
    private readonly StagingArea _staging;
    private readonly OutputManifest _previous;
    private readonly ConcurrentDictionary<string, OutputFileInfo> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _changed = [];

    /// <summary>Compares against the manifest in <paramref name="outputDir"/> and stages into <paramref name="staging"/>.</summary>
    public OutputStager(string outputDir, StagingArea staging)
    {
        OutputSync.GuardForeignFolder(outputDir);
        _outputDir = outputDir;
        _staging = staging;
        _previous = OutputManifest.Load(outputDir);
    }

    /// <summary>Records the file at <paramref name="path"/>, staging it when its bytes changed.</summary>
    public void Add(string path, byte[] bytes)
    {
        var info = OutputFileInfo.Of(path, bytes);
        if (!_files.TryAdd(path, info))
        {
            throw new InvalidOperationException($"two files of the site have the path {path}");
        }

        if (!_previous.IsUnchanged(_outputDir, info))
        {
            _staging.Write(path, bytes);
            _changed.Add(path);
        }
    }

    /// <summary>Everything added, ready for <see cref="OutputSync.Commit"/>.</summary>
    public RenderedSite Finish() => new(
        _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
        _changed.Order(StringComparer.Ordinal).ToList(),
        _staging,
        _previous);
}

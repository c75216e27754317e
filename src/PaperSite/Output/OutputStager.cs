using System.Collections.Concurrent;
using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// Takes the files of a build as they are produced (from any thread): a file whose bytes match
/// the last build is only recorded; a changed one is staged until the build succeeds. Staging is
/// done by one writer thread: creating files in the same folders from several threads contends on
/// the folders' locks and is several times slower than writing them one after another.
/// </summary>
internal sealed class OutputStager : IDisposable
{
    private const int PendingWrites = 256;

    private readonly string _outputDir;
    private readonly StagingArea _staging;
    private readonly OutputManifest _previous;
    // Render threads record a file per page: a lock-free queue, not a dictionary, whose locks they
    // would contend on. Two files at one path are found at the end.
    private readonly ConcurrentQueue<OutputFileInfo> _files = new();
    private readonly ConcurrentBag<string> _changed = [];
    private readonly BlockingCollection<(string Path, byte[] Bytes)> _writes = new(PendingWrites);

    // Cancelled when the writer fails: a render thread waiting for room in a full queue would
    // otherwise wait forever for a writer that is gone.
    private readonly CancellationTokenSource _writerFailed = new();
    private readonly Task _writer;

    /// <summary>Compares against the manifest in <paramref name="outputDir"/> and stages into <paramref name="staging"/>.</summary>
    /// <param name="outputDir">The output folder.</param>
    /// <param name="staging">Where changed files wait.</param>
    /// <param name="lastBuild">The output folder's manifest, when it was loaded already; read here when not.</param>
    public OutputStager(string outputDir, StagingArea staging, OutputManifest? lastBuild = null)
    {
        OutputSync.GuardForeignFolder(outputDir);
        // Absolute once: a relative path would make every file's check ask the OS for the working folder.
        _outputDir = Path.GetFullPath(outputDir);
        _staging = staging;
        _previous = lastBuild ?? OutputManifest.Load(outputDir);
        _writer = Task.Factory.StartNew(WriteAll, TaskCreationOptions.LongRunning);
    }

    /// <summary>
    /// Keeps the last build's file at <paramref name="path"/> when it was made from the same inputs
    /// (<paramref name="key"/>), or copies the last build's file made from them at another path;
    /// false when it must be made again.
    /// </summary>
    public bool TryReuse(string path, string key)
    {
        if (_previous.Reusable(path, key) is { } previous)
        {
            Record(previous);
            return true;
        }

        if (_previous.WithKey(key) is { } elsewhere && BytesOf(elsewhere) is { } bytes)
        {
            Add(path, bytes, key);
            return true;
        }

        return false;
    }

    /// <summary>The bytes of a last build's file, when they are still the ones it recorded; null when not.</summary>
    private byte[]? BytesOf(OutputFileInfo previous)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(_outputDir, previous.Path));
            return OutputFileInfo.Of(previous.Path, bytes, previous.Key) == previous ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or unreadable since: the file is made again.
            return null;
        }
    }

    /// <summary>Records the file at <paramref name="path"/>, staging it when its bytes changed.</summary>
    /// <param name="path">Path inside the output folder.</param>
    /// <param name="bytes">The file's content.</param>
    /// <param name="key">The fingerprint of its inputs, for <see cref="TryReuse"/> next time.</param>
    public void Add(string path, byte[] bytes, string? key = null)
    {
        GuardInside(path);
        var info = OutputFileInfo.Of(path, bytes, key);
        Record(info);

        if (!_previous.IsUnchanged(info))
        {
            _changed.Add(path);
            AddWrite(path, bytes);
        }
    }

    /// <summary>Everything added, once staged, ready for <see cref="OutputSync.Commit"/>.</summary>
    public RenderedSite Finish()
    {
        _writes.CompleteAdding();
        _writer.GetAwaiter().GetResult();
        var files = _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        for (var i = 1; i < files.Count; i++)
        {
            if (files[i].Path == files[i - 1].Path)
            {
                throw TwoFilesAt(files[i].Path);
            }
        }

        return new RenderedSite(
            files,
            _changed.Order(StringComparer.Ordinal).ToList(),
            _staging,
            _previous);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writes.CompleteAdding();
        try
        {
            _writer.Wait();
        }
        catch (AggregateException)
        {
            // The build failed already; its own exception is the one that matters.
        }

        _writes.Dispose();
        _writerFailed.Dispose();
    }

    /// <summary>
    /// The last word on where a file goes: whatever named it (a theme's package.json, a page's file
    /// name, a slug), no file of the site is staged or written outside the output folder.
    /// </summary>
    private static void GuardInside(string path)
    {
        if (!SitePath.IsInside(path))
        {
            throw new PaperSiteException(path, null, "is not a path inside the output folder; no file of the site is written there");
        }
    }

    private static PaperSiteException TwoFilesAt(string path) =>
        new(path, null, "two files of the site have this path (two pages or topics whose names differ only in case?); rename one of them");

    private void Record(OutputFileInfo info) => _files.Enqueue(info);

    private void AddWrite(string path, byte[] bytes)
    {
        try
        {
            _writes.Add((path, bytes), _writerFailed.Token);
        }
        catch (OperationCanceledException)
        {
            // Surface the writer's error where the build can report it.
            _writer.GetAwaiter().GetResult();
            throw;
        }
    }

    private void WriteAll()
    {
        // The writer alone knows what it staged: no lock for the render threads to contend on.
        var staged = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var (path, bytes) in _writes.GetConsumingEnumerable())
            {
                if (!staged.Add(path))
                {
                    throw TwoFilesAt(path);
                }

                _staging.Write(path, bytes);
            }
        }
        catch
        {
            _writerFailed.Cancel();
            throw;
        }
    }
}

using PaperSite.Diagnostics;
using PaperSite.Pipeline;

namespace PaperSite.Server;

/// <summary>
/// Watches the input and theme folders and rebuilds after a change: debounced (a burst of saves is
/// one rebuild), one rebuild at a time (a change during a rebuild queues exactly one more).
/// A failed rebuild leaves the output folder as it was, so the last good site stays served.
/// </summary>
internal sealed class RebuildLoop : IDisposable
{
    private readonly Func<BuildReport> _build;
    private readonly TimeSpan _debounce;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Lock _gate = new();
    private Timer? _timer;
    private bool _pending;

    /// <summary>Creates a loop that runs <paramref name="build"/> after changes under <paramref name="folders"/>.</summary>
    public RebuildLoop(Func<BuildReport> build, IEnumerable<string> folders, TimeSpan debounce)
    {
        _build = build;
        _debounce = debounce;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            _watchers.Add(Watch(folder));
        }
    }

    /// <summary>Raised after every rebuild: the report, or the one-line error message of a failed one (whatever it threw).</summary>
    public event Action<BuildReport?, string?>? Rebuilt;

    /// <summary>Rebuilds now (used for the first build and by tests), waiting for a running rebuild to end.</summary>
    public void RebuildNow()
    {
        _oneAtATime.Wait();
        try
        {
            lock (_gate)
            {
                _pending = false;
            }

            var (report, error) = BuildOnce();
            Rebuilt?.Invoke(report, error);
        }
        finally
        {
            _oneAtATime.Release();
        }

        lock (_gate)
        {
            if (_pending)
            {
                Schedule();
            }
        }
    }

    /// <summary>
    /// Runs the build and turns any failure into one line. The rebuild runs on a timer thread, where an
    /// exception would end the process and take the served site down with it; a bug the user's input
    /// reaches must cost one rebuild, not the preview.
    /// </summary>
    private (BuildReport? Report, string? Error) BuildOnce()
    {
        try
        {
            return (_build(), null);
        }
        catch (PaperSiteException e)
        {
            return (null, e.Diagnostic.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
        catch (Exception e)
        {
            return (null, OneLine($"unexpected error ({e.GetType().Name}): {e.Message}"));
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <inheritdoc />
    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _timer?.Dispose();
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler changed = (_, e) => OnChange(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => OnChange(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnChange(string path)
    {
        // npm's own folder changes when the build installs packages; that is not an edit.
        if (path.Contains($"{Path.DirectorySeparatorChar}node_modules", StringComparison.Ordinal))
        {
            return;
        }

        lock (_gate)
        {
            _pending = true;
            Schedule();
        }
    }

    private void Schedule()
    {
        _timer?.Dispose();
        _timer = new Timer(_ => RebuildNow(), null, _debounce, Timeout.InfiniteTimeSpan);
    }
}

namespace PaperSite.Pipeline;

/// <summary>
/// Hears about stages as they run, e.g. to show progress. Two stages may run at once (topics and
/// related papers); their calls come one at a time, but a stage may start before another finished.
/// </summary>
internal interface IBuildObserver
{
    /// <summary>A stage is starting.</summary>
    void StageStarted(string stage);

    /// <summary>A stage finished; <paramref name="summary"/> says what it made.</summary>
    void StageFinished(StageTiming timing, string summary);
}

/// <summary>An observer that ignores everything.</summary>
internal sealed class SilentObserver : IBuildObserver
{
    /// <summary>The one instance.</summary>
    public static SilentObserver Instance { get; } = new();

    /// <inheritdoc />
    public void StageStarted(string stage)
    {
    }

    /// <inheritdoc />
    public void StageFinished(StageTiming timing, string summary)
    {
    }
}

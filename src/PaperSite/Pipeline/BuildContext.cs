using System.Diagnostics;
using PaperSite.Caching;
using PaperSite.Diagnostics;

namespace PaperSite.Pipeline;

/// <summary>What every stage may use: the options, the warnings so far, and the stage runner.</summary>
internal sealed class BuildContext
{
    private readonly List<StageTiming> _timings = [];
    private readonly IBuildObserver _observer;

    /// <summary>Creates the context of one build.</summary>
    public BuildContext(BuildOptions options, IBuildObserver observer)
    {
        Options = options;
        _observer = observer;
        Cache = new BuildCache(options.OutputDir);
    }

    /// <summary>The build's options.</summary>
    public BuildOptions Options { get; }

    /// <summary>Warnings about the input.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Results kept from the last build, to skip work whose inputs did not change.</summary>
    public BuildCache Cache { get; }

    /// <summary>Time per stage, in the order they finished.</summary>
    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Runs <paramref name="stage"/> on <paramref name="input"/>, timing it and telling the observer.</summary>
    public TOut Run<TIn, TOut>(IBuildStage<TIn, TOut> stage, TIn input)
    {
        // Two stages may run at once: the record and the observer hear one of them at a time.
        lock (_timings)
        {
            _observer.StageStarted(stage.Name);
        }

        var clock = Stopwatch.StartNew();
        var output = stage.Run(input, this);
        var timing = new StageTiming(stage.Name, clock.Elapsed);
        var summary = stage.Describe(output);
        lock (_timings)
        {
            _timings.Add(timing);
            _observer.StageFinished(timing, summary);
        }

        return output;
    }
}

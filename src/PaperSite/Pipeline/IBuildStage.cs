namespace PaperSite.Pipeline;

/// <summary>One step of the build, in Statiq's spirit: a name, a typed input and a typed output.</summary>
/// <typeparam name="TIn">What the stage reads.</typeparam>
/// <typeparam name="TOut">What it makes for the next stage.</typeparam>
internal interface IBuildStage<in TIn, TOut>
{
    /// <summary>Short name shown in progress and timings.</summary>
    string Name { get; }

    /// <summary>Does the stage's one job.</summary>
    TOut Run(TIn input, BuildContext context);

    /// <summary>One line on what the stage made, for the progress display.</summary>
    string Describe(TOut output);
}

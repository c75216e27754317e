using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Brings the output folder up to date, then clears what is left of the staging folder (part of
/// the write's cost, so timed with it); runs only after every other stage succeeded.
/// </summary>
public sealed class WriteOutputStage : IBuildStage<RenderedSite, SyncResult>
{
    /// <inheritdoc />
    public string Name => "write";

    /// <inheritdoc />
    public SyncResult Run(RenderedSite input, BuildContext context)
    {
        var result = OutputSync.Commit(context.Options.OutputDir, input);
        input.Staging.Discard();
        return result;
    }

    /// <inheritdoc />
    public string Describe(SyncResult output) => $"{output.Written} written, {output.Unchanged} unchanged, {output.Deleted} removed";
}

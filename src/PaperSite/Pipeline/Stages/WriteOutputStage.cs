using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>Brings the output folder up to date; runs only after every other stage succeeded.</summary>
public sealed class WriteOutputStage : IBuildStage<RenderedSite, SyncResult>
{
    /// <inheritdoc />
    public string Name => "write";

    /// <inheritdoc />
    public SyncResult Run(RenderedSite input, BuildContext context) => OutputSync.Commit(context.Options.OutputDir, input);

    /// <inheritdoc />
    public string Describe(SyncResult output) => $"{output.Written} written, {output.Unchanged} unchanged, {output.Deleted} removed";
}

using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Brings the output folder up to date, then clears what is left of the staging folder (part of
/// the write's cost, so timed with it); runs only after every other stage succeeded.
/// </summary>
internal sealed class WriteOutputStage : IBuildStage<RenderedSite, SyncResult>
{
    private readonly string _baseUrl;

    /// <summary>Creates the stage for a site built for <paramref name="baseUrl"/>, which the manifest records for <c>papersite check</c>.</summary>
    public WriteOutputStage(string baseUrl) => _baseUrl = baseUrl;

    /// <inheritdoc />
    public string Name => "write";

    /// <inheritdoc />
    public SyncResult Run(RenderedSite input, BuildContext context)
    {
        var result = OutputSync.Commit(context.Options.OutputDir, input, _baseUrl);
        input.Staging.Discard();
        return result;
    }

    /// <inheritdoc />
    public string Describe(SyncResult output) => $"{output.Written} written, {output.Unchanged} unchanged, {output.Deleted} removed";
}

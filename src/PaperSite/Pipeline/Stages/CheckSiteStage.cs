using PaperSite.Checking;
using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>Runs <c>papersite check</c>'s checks on the written site, so a broken site never goes out unnoticed.</summary>
public sealed class CheckSiteStage : IBuildStage<(SyncResult Sync, string BaseUrl), CheckReport>
{
    /// <inheritdoc />
    public string Name => "check";

    /// <inheritdoc />
    public CheckReport Run((SyncResult Sync, string BaseUrl) input, BuildContext context) =>
        SiteChecker.Check(context.Options.OutputDir, input.BaseUrl);

    /// <inheritdoc />
    public string Describe(CheckReport output) => output.Summary();
}

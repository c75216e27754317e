using PaperSite.Checking;
using PaperSite.Configuration;
using PaperSite.Output;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Runs <c>papersite check</c>'s checks on the written site, so a broken site never goes out
/// unnoticed. When the last build passed its checks and nothing was removed since, only the files
/// that changed can have new problems (a link can only break when its target goes), so only those
/// are checked. Search index files removed (a segment's old folder, every new day) do not count: the
/// index's own manifests name them, and those are checked whenever they change.
/// </summary>
internal sealed class CheckSiteStage : IBuildStage<(RenderedSite Site, SyncResult Sync, string BaseUrl), CheckReport>
{
    /// <inheritdoc />
    public string Name => "check";

    /// <inheritdoc />
    public CheckReport Run((RenderedSite Site, SyncResult Sync, string BaseUrl) input, BuildContext context)
    {
        var outputDir = context.Options.OutputDir;
        var onlyChanged = input.Site.Previous.WasChecked
            && input.Sync.Removed.All(path => path.StartsWith(SiteUrls.SearchIndexParts, StringComparison.Ordinal));
        var report = SiteChecker.Check(outputDir, input.BaseUrl, only: onlyChanged ? input.Site.Changed.ToHashSet(StringComparer.Ordinal) : null);
        if (report.IsClean)
        {
            OutputManifest.Save(outputDir, input.Site.Files, wasChecked: true, input.BaseUrl);
        }

        return report;
    }

    /// <inheritdoc />
    public string Describe(CheckReport output) => output.Summary();
}

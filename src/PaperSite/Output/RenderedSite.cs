namespace PaperSite.Output;

/// <summary>The site after rendering: every file's description, and which ones changed (staged).</summary>
/// <param name="Files">Every file of the site, sorted by path.</param>
/// <param name="Changed">Paths whose bytes differ from the last build; they wait in <paramref name="Staging"/>.</param>
/// <param name="Staging">Where the changed files wait.</param>
/// <param name="Previous">The last build's manifest.</param>
internal sealed record RenderedSite(
    IReadOnlyList<OutputFileInfo> Files,
    IReadOnlyList<string> Changed,
    StagingArea Staging,
    OutputManifest Previous);

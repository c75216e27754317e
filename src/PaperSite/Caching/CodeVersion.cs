namespace PaperSite.Caching;

/// <summary>
/// This build of PaperSite, as part of every key of what it made: another build of the code may make
/// different bytes from the same inputs, so nothing it kept or wrote is taken as still right.
/// </summary>
internal static class CodeVersion
{
    /// <summary>The id of this build of PaperSite's code.</summary>
    public static string Id { get; } = typeof(CodeVersion).Assembly.ManifestModule.ModuleVersionId.ToString();
}

using PaperSite.Lunr;

namespace PaperSite.Caching;

/// <summary>
/// This build of PaperSite, as part of every key of what it made: another build of the code may make
/// different bytes from the same inputs, so nothing it kept or wrote is taken as still right.
/// </summary>
internal static class CodeVersion
{
    /// <summary>
    /// The id of this build of PaperSite's code: the application's and the lunr port's, which is built on
    /// its own and makes the search files (a deterministic build of the application alone keeps its id when
    /// only the port changed).
    /// </summary>
    public static string Id { get; } = string.Join('+', new[] { typeof(CodeVersion), typeof(LunrIndexBuilder) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId));
}

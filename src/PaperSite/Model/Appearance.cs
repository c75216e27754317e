namespace PaperSite.Model;

/// <summary>One listing of a paper in a dump.</summary>
/// <param name="DigestId">The digest the dump became.</param>
/// <param name="Date">The digest's date, if known.</param>
/// <param name="SourceFile">The dump file.</param>
/// <param name="Line">The title's line in that file.</param>
internal sealed record Appearance(string DigestId, DateOnly? Date, string SourceFile, int Line);

namespace PaperSite.Model;

/// <summary>One title/abstract pair as it stands in a dump.</summary>
/// <param name="Title">The title line, trimmed.</param>
/// <param name="Abstract">The abstract line, trimmed; empty when the dump had none.</param>
/// <param name="Line">1-based line number of the title in the dump file.</param>
public sealed record DumpEntry(string Title, string Abstract, int Line);

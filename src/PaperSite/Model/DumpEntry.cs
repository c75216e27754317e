namespace PaperSite.Model;

/// <summary>One title/abstract pair as it stands in a dump.</summary>
/// <param name="Title">The title line, trimmed.</param>
/// <param name="Abstract">The abstract line, trimmed and tidied; empty when the dump had none.</param>
/// <param name="Line">1-based line number of the title in the dump file.</param>
/// <param name="AbstractLine">1-based line number of the abstract; 0 when there is none.</param>
internal sealed record DumpEntry(string Title, PaperText Abstract, int Line, int AbstractLine = 0);

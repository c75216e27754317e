namespace PaperSite.Model;

/// <summary>A parsed dump file: one saved listing page, which becomes one digest.</summary>
/// <param name="FileName">The file's name inside the dumps folder.</param>
/// <param name="Date">The listing's date, when the file name or a date line gives one.</param>
/// <param name="Entries">The papers in the order the page listed them.</param>
internal sealed record Dump(string FileName, DateOnly? Date, IReadOnlyList<DumpEntry> Entries);

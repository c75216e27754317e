namespace PaperSite.Dumps;

/// <summary>A line of a dump, trimmed, with its 1-based number in the file.</summary>
internal readonly record struct DumpLine(int Number, string Text);

using PaperSite.Diagnostics;
using PaperSite.Model;

namespace PaperSite.Dumps;

/// <summary>What parsing one dump file gave: the dump (null when the file is not text) and the warnings on the way.</summary>
/// <param name="Key">The key of the file's name and bytes (<see cref="ParsedDumpCache.KeyOf"/>).</param>
/// <param name="Dump">The parsed dump; null when the file was skipped.</param>
/// <param name="Warnings">What the parser reported about the file, each with its file and line.</param>
public sealed record ParsedDump(UInt128 Key, Dump? Dump, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>Parses a dump file, keeping its warnings with the result instead of reporting them.</summary>
    public static ParsedDump Parse(UInt128 key, byte[] bytes, string fileName, int? defaultYear)
    {
        var warnings = new DiagnosticBag();
        var dump = DumpParser.Parse(bytes, fileName, defaultYear, warnings);
        return new ParsedDump(key, dump, warnings.Sorted());
    }

    /// <summary>Reports the warnings to <paramref name="diagnostics"/>, as parsing the file reported them.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var warning in Warnings)
        {
            diagnostics.Warn(warning.File, warning.Line, warning.Message);
        }
    }
}

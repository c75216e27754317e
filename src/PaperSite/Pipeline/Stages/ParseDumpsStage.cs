using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Model;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Parses every dump read as text, in parallel, or takes the last build's parse of a dump whose
/// bytes (and default year) are the same, reporting its warnings again; keeps the parses for the
/// next build. Files that are not text were reported when read and are left out.
/// </summary>
internal sealed class ParseDumpsStage : IBuildStage<SiteInputs, IReadOnlyList<Dump>>
{
    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public IReadOnlyList<Dump> Run(SiteInputs input, BuildContext context)
    {
        var year = input.Config.Year;
        var parsed = input.Dumps.Where(d => d.Lines is not null || d.Parsed is not null)
            .AsParallel().AsOrdered()
            .Select(d => Parse(d, context.Options.DumpsDir, year, context.Diagnostics))
            .ToArray();
        if (!input.LastParses.HoldsExactly(parsed))
        {
            context.Cache.Store(DumpCache.Entry, DumpCache.Entry, writer => DumpCache.Write(writer, parsed));
        }

        return parsed.Select(p => p.Dump).ToList();
    }

    /// <inheritdoc />
    public string Describe(IReadOnlyList<Dump> output) => $"{output.Sum(d => d.Entries.Count)} entries";

    private static ParsedDump Parse(DumpSource source, string dumpsDir, int? year, DiagnosticBag diagnostics)
    {
        if (source.Parsed is { } last && last.Year == year)
        {
            diagnostics.Report(last.Warnings);
            return last;
        }

        var (lines, warnings) = source.Lines is { } read ? (read, source.Warnings) : ReadAgain(source, dumpsDir, diagnostics);
        var parseWarnings = new DiagnosticBag();
        var dump = DumpParser.Parse(lines, source.FileName, year, parseWarnings);
        var reported = parseWarnings.Sorted();
        diagnostics.Report(reported);
        return new ParsedDump(source.Hash, year, dump, [.. warnings, .. reported]);
    }

    /// <summary>The lines of a dump the last build parsed with another default year (rare: <c>year:</c> changed in site.yml).</summary>
    private static (IReadOnlyList<DumpLine> Lines, IReadOnlyList<Diagnostic> Warnings) ReadAgain(DumpSource source, string dumpsDir, DiagnosticBag diagnostics)
    {
        var warnings = new DiagnosticBag();
        var lines = DumpBytes.Read(
            Path.Combine(dumpsDir, source.FileName),
            bytes => DumpCache.HashOf(bytes) == source.Hash ? DumpDecoder.Decode(bytes, source.FileName, warnings) : null);
        if (lines is null)
        {
            throw DumpBytes.ChangedSinceRead(source.FileName, null);
        }

        var reported = warnings.Sorted();
        diagnostics.Report(reported);
        return (lines, reported);
    }
}

using PaperSite.Dumps;
using PaperSite.Model;

namespace PaperSite.Pipeline.Stages;

/// <summary>
/// Parses every dump, in parallel; files that are not text are reported and left out. Dumps the last
/// build parsed with the same bytes, name and <c>year</c> come from the build cache, warnings included.
/// </summary>
public sealed class ParseDumpsStage : IBuildStage<SiteInputs, IReadOnlyList<Dump>>
{
    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public IReadOnlyList<Dump> Run(SiteInputs input, BuildContext context)
    {
        var year = input.Config.Year;
        var cache = ParsedDumpCache.Load(context.Cache, year);
        var parsed = input.Dumps
            .AsParallel()
            .AsOrdered()
            .Select(d =>
            {
                var key = ParsedDumpCache.KeyOf(d.FileName, d.Bytes);
                return (d.FileName, Parsed: cache.Find(d.FileName, key) ?? ParsedDump.Parse(key, d.Bytes, d.FileName, year));
            })
            .ToList();
        cache.Store(context.Cache, year, parsed);

        var dumps = new List<Dump>(parsed.Count);
        foreach (var (_, file) in parsed)
        {
            file.Report(context.Diagnostics);
            if (file.Dump is { } dump)
            {
                dumps.Add(dump);
            }
        }

        return dumps;
    }

    /// <inheritdoc />
    public string Describe(IReadOnlyList<Dump> output) => $"{output.Sum(d => d.Entries.Count)} entries";
}

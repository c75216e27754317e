using PaperSite.Dumps;
using PaperSite.Model;

namespace PaperSite.Pipeline.Stages;

/// <summary>Parses every dump, in parallel; files that are not text are reported and left out.</summary>
public sealed class ParseDumpsStage : IBuildStage<SiteInputs, IReadOnlyList<Dump>>
{
    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public IReadOnlyList<Dump> Run(SiteInputs input, BuildContext context) =>
        input.Dumps
            .AsParallel()
            .AsOrdered()
            .Select(d => DumpParser.Parse(d.Bytes, d.FileName, input.Config.Year, context.Diagnostics))
            .Where(d => d is not null)
            .Select(d => d!)
            .ToList();

    /// <inheritdoc />
    public string Describe(IReadOnlyList<Dump> output) => $"{output.Sum(d => d.Entries.Count)} entries";
}

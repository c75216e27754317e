using PaperSite.Dumps;
using PaperSite.Model;

namespace PaperSite.Pipeline.Stages;

/// <summary>Parses every dump read as text, in parallel; files that are not text were reported when read and are left out.</summary>
public sealed class ParseDumpsStage : IBuildStage<SiteInputs, IReadOnlyList<Dump>>
{
    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public IReadOnlyList<Dump> Run(SiteInputs input, BuildContext context) =>
        ParallelMap.Of(
            input.Dumps.Where(d => d.Lines is not null).ToList(),
            d => DumpParser.Parse(d.Lines!, d.FileName, input.Config.Year, context.Diagnostics));

    /// <inheritdoc />
    public string Describe(IReadOnlyList<Dump> output) => $"{output.Sum(d => d.Entries.Count)} entries";
}

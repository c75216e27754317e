using PaperSite.Cli.Commands;
using PaperSite.Lunr;
using PaperSite.Pipeline;
using PaperSite.Server;

namespace PaperSite.Tests;

/// <summary>Types are internal by default: the application exports none, the lunr port only its API.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_application_assemblies_export_no_types()
    {
        Assert.Empty(typeof(BuildOptions).Assembly.GetExportedTypes());
        Assert.Empty(typeof(DevServer).Assembly.GetExportedTypes());
        Assert.Empty(typeof(LunrCommand).Assembly.GetExportedTypes());
    }

    [Fact]
    public void The_lunr_port_exports_its_index_builder_documents_fields_and_parts()
    {
        string[] api =
        [
            "LunrAnalysis", "LunrCorpusStatistics", "LunrDocument", "LunrField", "LunrIndexBuilder",
            "LunrIndexPart", "LunrIndexParts", "LunrIndexSegment", "LunrSegmentLengths", "LunrValue", "LunrValueKind",
        ];
        Assert.Equal(api, typeof(LunrIndexBuilder).Assembly.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal));
    }
}

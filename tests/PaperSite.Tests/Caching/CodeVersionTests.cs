using PaperSite.Caching;
using PaperSite.Lunr;

namespace PaperSite.Tests.Caching;

/// <summary>Everything kept or written under the code's id is made again when either assembly that makes it changes.</summary>
public sealed class CodeVersionTests
{
    [Fact]
    public void The_id_names_the_application_and_the_lunr_port()
    {
        Assert.Contains(typeof(CodeVersion).Assembly.ManifestModule.ModuleVersionId.ToString(), CodeVersion.Id, StringComparison.Ordinal);
        Assert.Contains(typeof(LunrIndexBuilder).Assembly.ManifestModule.ModuleVersionId.ToString(), CodeVersion.Id, StringComparison.Ordinal);
    }
}

using PaperSite.Pipeline;

namespace PaperSite.Tests.Support;

/// <summary>Builds the shipped input and theme into a temporary folder.</summary>
public sealed class SeedSite : IDisposable
{
    public const string BaseUrl = "https://example.org/digest/";

    private readonly TempDir _dir = new();

    public SeedSite(string? inputDir = null, string baseUrl = BaseUrl)
    {
        Report = SiteBuilder.Build(new BuildOptions(inputDir ?? RepoPaths.Input, RepoPaths.Theme, Output, baseUrl));
    }

    public string Output => _dir.Combine("output");

    internal BuildReport Report { get; }

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public void Dispose() => _dir.Dispose();
}

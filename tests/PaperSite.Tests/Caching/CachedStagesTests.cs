using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Caching;

/// <summary>The stages before planning keep results in the build cache; what they give must never depend on it.</summary>
public sealed class CachedStagesTests
{
    private const string DumpWithoutYear = "Mar 20\n\nA Zebrafish Paper\n\nWe study zebrafish with a new method, which is entirely unrelated to anything else.\n\nA Title Without Abstract\n";

    [Fact]
    public void A_cached_dump_reports_its_warnings_again_with_the_same_file_and_line()
    {
        using var input = new InputCopy();
        input.Write("input/dumps/zebra.txt", DumpWithoutYear);
        var options = Options(input);

        var first = SiteBuilder.Build(options);
        var second = SiteBuilder.Build(options);

        Assert.Contains(first.Warnings, w => w.File == "zebra.txt" && w.Line == 7);
        Assert.Equal(first.Warnings, second.Warnings);
    }

    [Fact]
    public void A_changed_year_dates_a_cached_dump_again()
    {
        using var input = new InputCopy();
        input.Write("input/dumps/zebra.txt", DumpWithoutYear);
        var options = Options(input);
        SiteBuilder.Build(options);
        Assert.True(Directory.Exists(Path.Combine(input.Output, "digests", "2024-03-20")));

        var siteYml = Path.Combine(input.Input, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("year: 2024", "year: 2023", StringComparison.Ordinal));
        SiteBuilder.Build(options);

        Assert.True(Directory.Exists(Path.Combine(input.Output, "digests", "2023-03-20")));
        Assert.False(Directory.Exists(Path.Combine(input.Output, "digests", "2024-03-20")));
    }

    [Fact]
    public void An_edited_dump_and_an_edited_taxonomy_are_not_served_from_the_cache()
    {
        using var input = new InputCopy();
        input.Write("input/dumps/zebra.txt", DumpWithoutYear);
        var options = Options(input);
        SiteBuilder.Build(options);

        input.Write("input/dumps/zebra.txt", DumpWithoutYear.Replace("zebrafish", "diffusion zebrafish", StringComparison.Ordinal));
        SiteBuilder.Build(options);
        var page = Path.Combine(input.Output, "papers", "a-zebrafish-paper", "index.html");
        Assert.Contains("We study diffusion zebrafish", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.DoesNotContain("topics/diffusion-models/", File.ReadAllText(page), StringComparison.Ordinal);

        var topics = Path.Combine(input.Input, "topics.yml");
        File.WriteAllText(topics, File.ReadAllText(topics).Replace("[diffusion, denoising,", "[zebrafish, denoising,", StringComparison.Ordinal));
        SiteBuilder.Build(options);
        Assert.Contains("topics/diffusion-models/", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("damaged")]
    [InlineData("empty")]
    [InlineData("deleted")]
    public void A_build_with_a_broken_or_missing_cache_gives_the_same_site(string damage)
    {
        using var input = new InputCopy();
        var options = Options(input);
        SiteBuilder.Build(options);
        var cache = new PaperSite.Caching.BuildCache(input.Output).Root;
        Assert.NotEmpty(Directory.GetFiles(cache));
        var before = SiteFiles.Of(input.Output);

        foreach (var file in Directory.GetFiles(cache))
        {
            var bytes = File.ReadAllBytes(file);
            switch (damage)
            {
                case "truncated":
                    File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);
                    break;
                case "damaged":
                    bytes[bytes.Length / 2] ^= 0x55;
                    File.WriteAllBytes(file, bytes);
                    break;
                case "empty":
                    File.WriteAllBytes(file, []);
                    break;
                default:
                    File.Delete(file);
                    break;
            }
        }

        SiteBuilder.Build(options);
        Assert.Equal(before, SiteFiles.Of(input.Output));

        // And the cache the build wrote in their place serves the next build.
        SiteBuilder.Build(options);
        Assert.Equal(before, SiteFiles.Of(input.Output));
    }

    private static BuildOptions Options(InputCopy input) =>
        new(input.Input, input.Theme, input.Output, "https://example.org/") { Check = false };
}

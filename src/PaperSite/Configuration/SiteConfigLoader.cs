using PaperSite.Diagnostics;

namespace PaperSite.Configuration;

/// <summary>Loads <c>site.yml</c> and checks the values a build depends on.</summary>
public static class SiteConfigLoader
{
    /// <summary>The file's name inside the input folder.</summary>
    public const string FileName = "site.yml";

    /// <summary>Reads <c>site.yml</c> from <paramref name="inputDir"/>; a missing file gives the defaults.</summary>
    /// <exception cref="PaperSiteException">The file is malformed or a value is out of range.</exception>
    public static SiteConfig Load(string inputDir)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path))
        {
            return new SiteConfig();
        }

        var config = YamlFile.Load(path, FileName, new SiteConfig());
        Validate(config, YamlLocations.Of(File.ReadAllText(path)));
        return config;
    }

    private static void Validate(SiteConfig config, YamlLocations locations)
    {
        RequirePositive(config.PapersPerPage, "papers_per_page", locations);
        RequirePositive(config.FeedSize, "feed_size", locations);
        if (config.RelatedCount < 0)
        {
            throw new PaperSiteException(FileName, locations.LineOf("related_count"), "related_count must be 0 or more");
        }

        try
        {
            _ = new SiteUrls(config.BaseUrl);
        }
        catch (ArgumentException e)
        {
            throw new PaperSiteException(FileName, locations.LineOf("base_url"), e.Message.Split(" (Parameter")[0]);
        }
    }

    private static void RequirePositive(int value, string key, YamlLocations locations)
    {
        if (value <= 0)
        {
            throw new PaperSiteException(FileName, locations.LineOf(key), $"{key} must be at least 1, not {value}");
        }
    }
}

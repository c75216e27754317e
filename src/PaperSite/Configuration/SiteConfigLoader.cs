using System.Text.RegularExpressions;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.FileSystem;

namespace PaperSite.Configuration;

/// <summary>Loads <c>site.yml</c> and checks the values a build depends on.</summary>
internal static partial class SiteConfigLoader
{
    /// <summary>The file's name inside the input folder.</summary>
    public const string FileName = "site.yml";

    /// <summary>Reads <c>site.yml</c> from <paramref name="inputDir"/>; a missing file gives the defaults.</summary>
    /// <exception cref="PaperSiteException">The file is malformed or a value is missing or out of range.</exception>
    public static SiteConfig Load(string inputDir)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!ReadableFile.HasBytes(path))
        {
            return new SiteConfig();
        }

        var config = YamlFile.Load(path, FileName, new SiteConfig());
        Validate(config, YamlLocations.Of(File.ReadAllText(path)));
        return config;
    }

    private static void Validate(SiteConfig config, YamlLocations locations)
    {
        // YAML's null (`title: ~`, or `title:` alone) reaches these non-nullable settings as null.
        RequireText(config.Title, "title", locations);
        RequireText(config.Description, "description", locations);
        RequireText(config.BaseUrl, "base_url", locations);
        RequireText(config.Author, "author", locations);
        RequireText(config.Language, "language", locations);
        RequireText(config.Digests, "digests", locations);
        RequireNonBlank(config.Title, "title", "every page's <title> and the feeds show it", locations);
        RequireNonBlank(config.Description, "description", "the feeds and the pages' descriptions need it", locations);
        if (!LanguageTag().IsMatch(config.Language))
        {
            throw new PaperSiteException(FileName, locations.LineOf("language"), $"language '{config.Language}' is not a language tag such as en or pt-BR");
        }

        if (config.Year is { } year)
        {
            RequireRange(year, "year", YearRange.Min, YearRange.Max, locations);
        }

        RequireRange(config.PapersPerPage, "papers_per_page", 1, 1000, locations);
        RequireRange(config.FeedSize, "feed_size", 1, 1000, locations);
        RequireRange(config.RelatedCount, "related_count", 0, 100, locations);
        ValidateDigestTitles(config.Digests, locations);

        try
        {
            _ = new SiteUrls(config.BaseUrl);
        }
        catch (ArgumentException e)
        {
            throw new PaperSiteException(FileName, locations.LineOf("base_url"), e.Message.Split(" (Parameter")[0]);
        }
    }

    private static void ValidateDigestTitles(IReadOnlyDictionary<string, string> titles, YamlLocations locations)
    {
        foreach (var (file, title) in titles)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                throw new PaperSiteException(FileName, locations.LineOfEntry("digests", file), $"digests: '{file}' has no title; give one, or remove the line");
            }
        }
    }

    private static void RequireText<T>(T? value, string key, YamlLocations locations)
        where T : class
    {
        if (value is null)
        {
            throw new PaperSiteException(FileName, locations.LineOf(key), $"{key} has no value; give one (write '' for an empty text) or remove the line for the default");
        }
    }

    private static void RequireNonBlank(string text, string key, string why, YamlLocations locations)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PaperSiteException(FileName, locations.LineOf(key), $"{key} is empty: {why}; write one, or remove the line for the default");
        }
    }

    private static void RequireRange(int value, string key, int min, int max, YamlLocations locations)
    {
        if (value < min || value > max)
        {
            throw new PaperSiteException(FileName, locations.LineOf(key), $"{key} must be between {min} and {max}, not {value}");
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}

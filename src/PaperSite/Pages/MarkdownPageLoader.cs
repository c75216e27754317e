using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Pages;

/// <summary>
/// Reads <c>input/pages/*.md</c>: YAML front matter (<c>title</c>, <c>description</c>,
/// <c>nav_order</c>) and a Markdown body. Root-absolute links (<c>/archive/</c>) get the base path.
/// </summary>
internal static class MarkdownPageLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    // Positions in a navigation bar: a few pages, with room for gaps.
    private const int MaxNavOrder = 1000;

    /// <summary>Pages whose slug a Markdown page may not take, because the site uses it: its folders and its root files' names.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new[]
        {
            SiteUrls.Papers, SiteUrls.Topics, SiteUrls.Digests, SiteUrls.Archive, SiteUrls.Search, SiteUrls.Assets,
            SiteUrls.IndexFile, SiteUrls.NotFoundPage, SiteUrls.FeedFile, SiteUrls.Sitemap,
        }
        .Select(path => Path.GetFileNameWithoutExtension(path.TrimEnd('/')))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Loads the pages in <paramref name="files"/> (the <c>*.md</c> files of <c>pages/</c> a build may read, see <c>InputFiles</c>).</summary>
    /// <exception cref="PaperSiteException">A page is malformed, or two files would be the same page.</exception>
    public static IReadOnlyList<MarkdownPage> LoadAll(IEnumerable<string> files, SiteUrls urls)
    {
        var ordered = files.Order(StringComparer.Ordinal).ToList();
        RefuseSameSlug(ordered);
        return ordered.Select(f => Load(f, urls)).ToList();
    }

    /// <summary>Two files whose names make the same slug (<c>about-us.md</c>, <c>about_us.md</c>, <c>About-Us.md</c>) would be written to one page.</summary>
    private static void RefuseSameSlug(IEnumerable<string> files)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var slug = SlugOf(file);
            if (slug.Length > 0 && !first.TryAdd(slug, name))
            {
                throw new PaperSiteException($"pages/{name}", null, $"pages/{first[slug]} is the same page ({slug}/): page names are made of their file names' letters and digits; rename one");
            }
        }
    }

    /// <summary>The page's name in the site, made of its file's name.</summary>
    private static string SlugOf(string file) => Slug.From(Path.GetFileNameWithoutExtension(file));

    private static MarkdownPage Load(string path, SiteUrls urls)
    {
        var display = $"pages/{Path.GetFileName(path)}";
        var slug = SlugOf(path);
        if (slug.Length == 0 || ReservedSlugs.Contains(slug))
        {
            throw new PaperSiteException(display, null, $"page name '{slug}' is not allowed: the site uses it; rename the file");
        }

        if (Slug.IsDeviceName(slug))
        {
            throw new PaperSiteException(display, null, $"page name '{slug}' is a device name on Windows, where its folder cannot be made; rename the file");
        }

        var source = File.ReadAllText(path);
        MarkdownSource.RefuseUnshowable(source, display);
        var (document, html) = MarkdownSource.GuardFile(source, text => Render(text, urls), display);
        var front = ReadFrontMatter(document, display);
        MarkdownSource.RefuseScript(document, display, element => element.Line + 1, "");
        return new MarkdownPage(slug, front.Title ?? slug, front.Description, html, front.NavOrder ?? 100);
    }

    private static FrontMatter ReadFrontMatter(MarkdownDocument document, string display)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            return new FrontMatter();
        }

        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));

        // The front matter starts below the opening '---' line.
        var front = YamlFile.Parse(yaml, display, new FrontMatter(), block.Line + 1);
        if (front.Title is { } title && string.IsNullOrWhiteSpace(title))
        {
            var line = YamlLocations.Of(yaml).LineOf("title") + block.Line + 1;
            throw new PaperSiteException(display, line, "title is empty: the navigation links to the page by it; write one, or remove the line to use the file's name");
        }

        if (front.NavOrder is < -MaxNavOrder or > MaxNavOrder)
        {
            var line = YamlLocations.Of(yaml).LineOf("nav_order") + block.Line + 1;
            throw new PaperSiteException(display, line, $"nav_order must be between {-MaxNavOrder} and {MaxNavOrder}, not {front.NavOrder}");
        }

        return front;
    }

    private static (MarkdownDocument Document, string Html) Render(string text, SiteUrls urls)
    {
        var document = Markdown.Parse(text, Pipeline);
        return (document, ToHtml(document, urls));
    }

    private static string ToHtml(MarkdownDocument document, SiteUrls urls)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = link => link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) ? urls.Path(link) : link,
        };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>The front matter keys a page may have.</summary>
    private sealed class FrontMatter
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public int? NavOrder { get; set; }
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using PaperSite.Rendering;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Rendering;

/// <summary>Hostile strings through every layout: shown as text, never run, never parsed as a template.</summary>
public sealed class HostileThemeTests
{
    [Fact]
    public void Every_layout_shows_hostile_text_as_text()
    {
        var renderer = new ScribanRenderer(ThemeFiles.Load(RepoPaths.Theme), ThemeModels.Urls);
        foreach (var (layout, name, model) in new ThemeModels(t => t + " " + HostileSite.Text).All())
        {
            var html = Encoding.UTF8.GetString(renderer.Render(layout, model));
            AssertNoLiveMarkup(name, html);
            Assert.True(html.Contains("{{ 7*7 }}", StringComparison.Ordinal), $"{name}: {{{{ 7*7 }}}} does not show literally");
        }
    }

    [Fact]
    public void A_site_built_from_hostile_input_has_no_raw_tag_on_any_page()
    {
        using var site = new HostileSite();
        Assert.NotEmpty(site.Pages);
        foreach (var page in site.Pages)
        {
            AssertNoLiveMarkup(page, File.ReadAllText(Path.Combine(site.Output, page)));
        }

        var paper = File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(Path.Combine(site.Output, "papers"), "zebrafish-*")), "index.html"));
        Assert.Contains("{{ 7*7 }} {% raw %} javascript:alert(1)", new HtmlParser().ParseDocument(paper).QuerySelector("h1")!.TextContent);
    }

    /// <summary>No script but the theme's own files, no image, no event handler, no link that is not http(s) or root-absolute.</summary>
    internal static void AssertNoLiveMarkup(string page, string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.StartsWith("/digest/assets/", s.GetAttribute("src") ?? $"{page}: inline script"));
        Assert.True(doc.QuerySelectorAll("img, iframe, object, embed, svg, style").Length == 0, $"{page}: a hostile element became markup");
        Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.All(
            doc.QuerySelectorAll("[href], [src], [action]"),
            e => Assert.Matches("^(https://|/digest/|#)", e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!));
    }
}

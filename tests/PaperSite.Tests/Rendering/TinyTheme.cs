using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Pages.Views;
using PaperSite.Rendering;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Rendering;

/// <summary>A theme made of the templates a test gives, rendering <see cref="ContentPage"/> models.</summary>
internal sealed class TinyTheme : IDisposable
{
    private readonly TempDir _dir = new();

    /// <param name="templates">Path under <c>layouts/</c> without the extension (<c>page</c>, <c>partials/card</c>) → source.</param>
    public TinyTheme(params (string Name, string Source)[] templates)
    {
        _dir.Write("layouts/base" + ThemeFiles.Extension, "{{ body }}");
        _dir.Write("assets/site.css", "body {}");
        foreach (var (name, source) in templates)
        {
            _dir.Write("layouts/" + name + ThemeFiles.Extension, source);
        }
    }

    public string Root => _dir.Path;

    public ScribanRenderer Renderer() => new(ThemeFiles.Load(Root), ThemeModels.Urls);

    /// <summary>The page layout rendered with a title, heading and content.</summary>
    public string Render(string title = "Title", string content = "<p>content</p>", string layout = "page") =>
        Encoding.UTF8.GetString(Renderer().Render(layout, Page(title, content)));

    /// <summary>The one-line message the theme fails with, made or rendered.</summary>
    public string Error(string layout = "page") =>
        Assert.Throws<PaperSiteException>(() => Renderer().Render(layout, Page("Title", ""))).Diagnostic.ToString();

    public static ContentPage Page(string title, string content)
    {
        var site = new SiteView("Site & Co", "", "", "en", ThemeModels.Urls.BaseUrl, ThemeModels.Urls.BasePath, "/digest/", "/digest/search/", "https://example.org/digest/feed.xml", "/digest/feeds.opml");
        var meta = new PageMeta(title, title, "", "https://example.org/digest/", "website", [], [], "page");
        return new ContentPage(site, meta, new HtmlMarkup(content));
    }

    public void Dispose() => _dir.Dispose();
}

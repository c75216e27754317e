using HandlebarsDotNet;
using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Pages.Views;

namespace PaperSite.Rendering;

/// <summary>
/// Renders pages with Handlebars.Net. Every template is compiled once; compiled templates are
/// safe to call from parallel renders. <c>{{x}}</c> is HTML-escaped; data is never compiled, so a
/// title containing <c>{{ }}</c> shows literally.
/// </summary>
public sealed class HandlebarsRenderer : ITemplateRenderer
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;

    /// <summary>Compiles every layout and partial of <paramref name="theme"/>.</summary>
    /// <exception cref="PaperSiteException">A template does not compile.</exception>
    public HandlebarsRenderer(ThemeFiles theme, SiteUrls urls)
    {
        var handlebars = Handlebars.Create();
        var assets = new AssetFingerprints(theme.Assets);
        TemplateHelpers.Register(handlebars, urls, assets);
        Fingerprint = ThemeFingerprint(theme, assets);
        foreach (var (name, source) in theme.Partials)
        {
            Compile($"theme/layouts/partials/{name}.hbs", () => handlebars.RegisterTemplate(name, source));
        }

        _layouts = theme.Layouts.ToDictionary(
            l => l.Key,
            l => Compile(ThemeFiles.LayoutPath(l.Key), () => handlebars.Compile(l.Value)),
            StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public string Fingerprint { get; }

    /// <inheritdoc />
    public string Render(string layout, IPageModel model)
    {
        var body = Invoke(layout, model);
        return Invoke(ThemeFiles.BaseLayout, new LayoutModel(model.Site, model.Page, body));
    }

    private string Invoke(string layout, object model)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            throw new PaperSiteException(ThemeFiles.LayoutPath(layout), null, "missing template: copy it from the default theme or create it");
        }

        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw new PaperSiteException(ThemeFiles.LayoutPath(layout), null, e.Message, e);
        }
    }

    private static string ThemeFingerprint(ThemeFiles theme, AssetFingerprints assets)
    {
        var text = new System.Text.StringBuilder();
        text.Append(typeof(HandlebarsRenderer).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var (name, source) in theme.Layouts.Concat(theme.Partials.Select(p => KeyValuePair.Create("partials/" + p.Key, p.Value))).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('\0').Append(source).Append('\0');
        }

        foreach (var (asset, tag) in assets.All)
        {
            text.Append(asset).Append('\0').Append(tag).Append('\n');
        }

        return Output.Fingerprint.Of(text.ToString());
    }

    private static T Compile<T>(string file, Func<T> compile)
    {
        try
        {
            return compile();
        }
        catch (HandlebarsException e)
        {
            throw new PaperSiteException(file, null, e.Message, e);
        }
    }

    private static void Compile(string file, Action register) => Compile(file, () =>
    {
        register();
        return true;
    });
}

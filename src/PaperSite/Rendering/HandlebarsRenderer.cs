using HandlebarsDotNet;
using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Pages.Views;

namespace PaperSite.Rendering;

/// <summary>
/// Renders pages with Handlebars.Net. Every template is compiled once; compiled templates are
/// safe to call from parallel renders. <c>{{x}}</c> is HTML-escaped; data is never compiled, so a
/// title containing <c>{{ }}</c> shows literally.
/// <para>
/// Compiling the theme costs about a second of CPU, and a build whose pages are all unchanged
/// renders none: the templates compile on another thread from the moment the renderer is made, and
/// only the first page actually rendered waits for them. The <see cref="Fingerprint"/>, which decides
/// whether a page must be rendered, comes from the theme's files alone.
/// </para>
/// </summary>
public sealed class HandlebarsRenderer : ITemplateRenderer
{
    private readonly Task<Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>> _layouts;

    /// <summary>Fingerprints <paramref name="theme"/> and starts compiling its layouts and partials.</summary>
    /// <remarks>A template that does not compile fails the first <see cref="Render"/> call, naming the template.</remarks>
    public HandlebarsRenderer(ThemeFiles theme, SiteUrls urls)
    {
        var assets = new AssetFingerprints(theme.Assets);
        Fingerprint = ThemeFingerprint(theme, assets);
        _layouts = Task.Run(() => CompileLayouts(theme, urls, assets));
    }

    /// <inheritdoc />
    public string Fingerprint { get; }

    /// <inheritdoc />
    /// <exception cref="PaperSiteException">A template does not compile, is missing, or fails on the model.</exception>
    public byte[] Render(string layout, IPageModel model)
    {
        var page = PageBuffer.Empty();
        Invoke(layout, page.Writer, model);
        var body = page.TakeText();
        Invoke(ThemeFiles.BaseLayout, page.Writer, new LayoutModel(model.Site, model.Page, body));
        return page.ToUtf8();
    }

    private static Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> CompileLayouts(ThemeFiles theme, SiteUrls urls, AssetFingerprints assets)
    {
        var handlebars = Handlebars.Create();
        TemplateHelpers.Register(handlebars, urls, assets);
        foreach (var (name, source) in theme.Partials)
        {
            Compile($"theme/layouts/partials/{name}.hbs", () => handlebars.RegisterTemplate(name, source));
        }

        return theme.Layouts.ToDictionary(
            l => l.Key,
            l => Compile(ThemeFiles.LayoutPath(l.Key), () => handlebars.Compile(new StringReader(l.Value))),
            StringComparer.Ordinal);
    }

    private void Invoke(string layout, TextWriter writer, object model)
    {
        if (!_layouts.GetAwaiter().GetResult().TryGetValue(layout, out var template))
        {
            throw new PaperSiteException(ThemeFiles.LayoutPath(layout), null, "missing template: copy it from the default theme or create it");
        }

        try
        {
            template(writer, model, null!);
        }
        catch (HandlebarsException e)
        {
            throw new PaperSiteException(ThemeFiles.LayoutPath(layout), null, e.Message, e);
        }
    }

    private static string ThemeFingerprint(ThemeFiles theme, AssetFingerprints assets)
    {
        var text = new System.Text.StringBuilder();
        text.Append(Output.CodeVersion.Id).Append('\n');
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

using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Pages.Views;
using Scriban;
using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// Renders pages with Scriban, escaping every value a template writes (see
/// <see cref="HtmlTemplateContext"/>). The theme is parsed once, when the renderer is made, so a
/// broken template fails the build before anything is rendered; each rendering thread keeps one
/// context for every page it renders. Data is never parsed, so a title containing <c>{{ }}</c>
/// shows literally.
/// </summary>
public sealed class ScribanRenderer : ITemplateRenderer
{
    private readonly ParsedTheme _theme;
    private readonly SiteUrls _urls;
    private readonly AssetFingerprints _assets;
    private readonly ThreadLocal<HtmlTemplateContext?> _contexts = new();

    /// <summary>Fingerprints and parses <paramref name="theme"/>.</summary>
    /// <exception cref="PaperSiteException">A template has a syntax error or includes an unknown partial.</exception>
    public ScribanRenderer(ThemeFiles theme, SiteUrls urls)
    {
        _urls = urls;
        _assets = new AssetFingerprints(theme.Assets);
        Fingerprint = ThemeFingerprint(theme, _assets);
        _theme = ParsedTheme.Parse(theme);
    }

    /// <inheritdoc />
    public string Fingerprint { get; }

    /// <summary>Fails unless the theme has every layout in <paramref name="layouts"/>: before anything is rendered, not at the first page that needs a missing one.</summary>
    /// <exception cref="PaperSiteException">A layout is missing.</exception>
    public void Require(IEnumerable<string> layouts)
    {
        foreach (var layout in layouts.Distinct().Order(StringComparer.Ordinal))
        {
            _theme.Layout(layout);
        }
    }

    /// <inheritdoc />
    /// <exception cref="PaperSiteException">A template is missing or fails on the model.</exception>
    public byte[] Render(string layout, IPageModel model)
    {
        var template = _theme.Layout(layout);
        var page = PageBuffer.Empty();
        var context = _contexts.Value ??= NewContext();
        try
        {
            Render(context, template, model, page);
            var body = new HtmlMarkup(page.TakeText());
            Render(context, _theme.Layout(ThemeFiles.BaseLayout), new LayoutModel(model.Site, model.Page, body), page);
        }
        catch (Exception e) when (e is not PaperSiteException)
        {
            // Whatever a template does is the theme author's to fix: even a string too large to allocate.
            // A failed render can leave scopes pushed: the next page on this thread gets a new context.
            _contexts.Value = null;
            throw TemplateErrors.Of(e, ThemeFiles.LayoutPath(layout));
        }

        return page.ToUtf8();
    }

    private static void Render(HtmlTemplateContext context, Template template, object model, PageBuffer page)
    {
        context.Begin();
        var globals = new ScriptObject();
        globals.Import(model, renamer: context.MemberRenamer);
        context.PushGlobal(globals);
        context.PushOutput(new PageOutput(page.Writer));
        try
        {
            template.Render(context);
            if (page.Length >= HtmlTemplateContext.MaxTextLength)
            {
                // Scriban stopped writing at the limit: the page is cut short.
                throw new PaperSiteException(template.SourceFilePath ?? "theme/layouts", null, $"the page is longer than {HtmlTemplateContext.MaxTextLength:N0} characters");
            }
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        Contain(builtins);
        return new HtmlTemplateContext(
            builtins,
            TemplateFunctions.Create(_urls, _assets),
            _theme.Loader,
            _theme.Partials.ToDictionary(p => PartialLoader.KeyOf(p.Key), p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// Takes from Scriban's functions those that reach past the theme: <c>include</c> is replaced
    /// by one whose output is not escaped again; <c>include_join</c>, and <c>object.eval</c> and
    /// <c>object.eval_template</c>, which would run data as a template, are removed.
    /// </summary>
    private static void Contain(ScriptObject builtins)
    {
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.SetValue("include", new PartialInclude(), readOnly: true);
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            var contained = (ScriptObject)objectFunctions.Clone(true);
            contained.Remove("eval");
            contained.Remove("eval_template");
            builtins.Remove("object");
            builtins.SetValue("object", contained, readOnly: true);
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
}

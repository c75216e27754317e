using System.Collections.Concurrent;
using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Pages.Views;
using Scriban;
using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// Renders pages with Scriban, escaping every value a template writes (see
/// <see cref="HtmlTemplateContext"/>). The theme is parsed once, when the renderer is made, so a
/// broken template fails the build before anything is rendered. Contexts are reused from page to
/// page: each rendering thread keeps its own, with the buffers its pages are written to. Data is
/// never parsed, so a title containing <c>{{ }}</c> shows literally.
/// <para>
/// Scriban makes its built-in functions by reflection, and its interpreter's code runs cold in a
/// new process: a build whose pages are mostly unchanged renders few pages, and would pay that on
/// its first ones. The contexts are made and warmed on another thread from the moment the renderer
/// is made, while the stages before rendering run.
/// </para>
/// </summary>
internal sealed class ScribanRenderer : ITemplateRenderer
{
    private readonly ParsedTheme _theme;
    private readonly SiteUrls _urls;
    private readonly AssetFingerprints _assets;
    private readonly ConcurrentBag<HtmlTemplateContext> _warmed = [];
    private readonly ThreadLocal<RenderSlot?> _slots = new();
    private readonly Task _warm;

    /// <summary>Fingerprints and parses <paramref name="theme"/>.</summary>
    /// <exception cref="PaperSiteException">A template has a syntax error or includes an unknown partial.</exception>
    public ScribanRenderer(ThemeFiles theme, SiteUrls urls)
    {
        _urls = urls;
        _assets = new AssetFingerprints(theme.Assets);
        Fingerprint = ThemeFingerprint(theme, _assets);
        _theme = ParsedTheme.Parse(theme);
        _warm = Task.Run(Warm);
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
        var slot = _slots.Value ??= TakeSlot();
        try
        {
            Render(slot.Context, template, model, slot.Body.Clear());
            var body = new PageBody(slot.Body);
            Render(slot.Context, _theme.Layout(ThemeFiles.BaseLayout), new LayoutModel(model.Site, model.Page, body), slot.Page.Clear());
            return slot.Page.ToUtf8();
        }
        catch (Exception e)
        {
            // A failed render can leave scopes pushed, so the thread's context is not used again.
            _slots.Value = null;
            if (e is PaperSiteException)
            {
                throw;
            }

            // Whatever a template does is the theme author's to fix: even a string too large to allocate.
            throw TemplateErrors.Of(e, ThemeFiles.LayoutPath(layout));
        }
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

    /// <summary>This thread's context and buffers: a warmed context if one is left, else a new one.</summary>
    private RenderSlot TakeSlot()
    {
        _warm.GetAwaiter().GetResult();
        return new RenderSlot(_warmed.TryTake(out var warmed) ? warmed : NewContext(), new PageBuffer(), new PageBuffer());
    }

    /// <summary>One context per core, each having rendered a small template that loops, tests and reads members.</summary>
    private void Warm()
    {
        var warmUp = Template.Parse("{{ for link in page.nav }}{{ if link.is_current }}{{ link.title }}{{ end }}{{ end }}");
        for (var i = 0; i < Environment.ProcessorCount; i++)
        {
            var context = NewContext();
            context.Begin();
            var globals = new ScriptObject();
            globals.SetValue("page", new PageMeta("", "", "", "", "", [], [new LinkView("warm", "/", true)], ""), readOnly: false);
            context.PushGlobal(globals);
            warmUp.Render(context);
            _warmed.Add(context);
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        Contain(builtins, _theme);
        return new HtmlTemplateContext(builtins, TemplateFunctions.Create(_urls, _assets), _theme.Loader);
    }

    /// <summary>
    /// Takes from Scriban's functions those that reach past the theme: <c>include</c> is replaced
    /// by one whose output is not escaped again; <c>include_join</c>, and <c>object.eval</c> and
    /// <c>object.eval_template</c>, which would run data as a template, are removed.
    /// </summary>
    private static void Contain(ScriptObject builtins, ParsedTheme theme)
    {
        builtins.Remove("include");
        builtins.Remove("include_join");
        builtins.SetValue("include", new PartialInclude(theme), readOnly: true);
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
        text.Append(Caching.CodeVersion.Id).Append('\n');
        foreach (var (name, source) in theme.Layouts.Concat(theme.Partials.Select(p => KeyValuePair.Create("partials/" + p.Key, p.Value))).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('\0').Append(source).Append('\0');
        }

        foreach (var (asset, tag) in assets.All)
        {
            text.Append(asset).Append('\0').Append(tag).Append('\n');
        }

        return Caching.Fingerprint.Of(text.ToString());
    }

    /// <summary>What one thread renders with: its context, the buffer its layouts write a page's body to, and the one its pages are written to.</summary>
    private sealed record RenderSlot(HtmlTemplateContext Context, PageBuffer Body, PageBuffer Page);
}

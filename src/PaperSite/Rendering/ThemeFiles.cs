using System.Text;
using PaperSite.Diagnostics;
using PaperSite.FileSystem;

namespace PaperSite.Rendering;

/// <summary>
/// A theme folder, laid out as Hugo themes are: <c>layouts/base.sbn-html</c> wraps every page,
/// <c>layouts/NAME.sbn-html</c> is the page template for NAME, <c>layouts/partials/*.sbn-html</c>
/// are partials, and <c>assets/</c> is copied to the site as it is. Templates are Scriban, with the
/// extension Scriban's own tooling gives HTML templates.
/// </summary>
internal sealed class ThemeFiles
{
    /// <summary>The layout every page is rendered into.</summary>
    public const string BaseLayout = "base";

    /// <summary>The extension of a template file.</summary>
    public const string Extension = ".sbn-html";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ThemeFiles(string root, IReadOnlyDictionary<string, string> layouts, IReadOnlyDictionary<string, string> partials, ThemeAssets assets)
    {
        Root = root;
        Layouts = layouts;
        Partials = partials;
        Assets = assets;
    }

    /// <summary>The theme folder.</summary>
    public string Root { get; }

    /// <summary>Layout name → template source.</summary>
    public IReadOnlyDictionary<string, string> Layouts { get; }

    /// <summary>Partial name → template source.</summary>
    public IReadOnlyDictionary<string, string> Partials { get; }

    /// <summary>The files copied to <c>assets/</c> in the site.</summary>
    public ThemeAssets Assets { get; }

    /// <summary>How messages name a layout file.</summary>
    public static string LayoutPath(string name) => $"theme/layouts/{name}{Extension}";

    /// <summary>How messages name a partial's file.</summary>
    public static string PartialPath(string name) => $"theme/layouts/partials/{name}{Extension}";

    /// <summary>Reads every template of the theme in <paramref name="root"/>.</summary>
    /// <exception cref="PaperSiteException">The folder or its base layout is missing, or a template is empty or not UTF-8 text.</exception>
    public static ThemeFiles Load(string root)
    {
        var layoutsDir = Path.Combine(root, "layouts");
        if (!Directory.Exists(layoutsDir))
        {
            throw new PaperSiteException(root, null, $"theme folder has no layouts/ folder; pass --theme with the folder that holds layouts/{BaseLayout}{Extension}");
        }

        var themeRoot = RealPath.Of(root) ?? Path.GetFullPath(root);
        var layouts = ReadTemplates(layoutsDir, themeRoot, LayoutPath);
        if (!layouts.ContainsKey(BaseLayout))
        {
            throw new PaperSiteException(LayoutPath(BaseLayout), null, "missing template: the base layout wraps every page");
        }

        var partialsDir = Path.Combine(layoutsDir, "partials");
        var partials = Directory.Exists(partialsDir) ? ReadTemplates(partialsDir, themeRoot, PartialPath) : new Dictionary<string, string>();
        return new ThemeFiles(root, layouts, partials, ThemeAssets.Load(root));
    }

    private static Dictionary<string, string> ReadTemplates(string dir, string themeRoot, Func<string, string> shownAs) =>
        Directory.EnumerateFiles(dir, "*" + Extension, SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(file => (File: file, Name: Path.GetFileName(file)[..^Extension.Length]))
            .ToDictionary(t => t.Name, t => ReadTemplate(t.File, themeRoot, shownAs(t.Name)), StringComparer.Ordinal);

    /// <summary>
    /// A template's text. An empty or binary file would render blank or garbled pages that only the
    /// site check notices, after the output has changed: it is refused before anything is rendered.
    /// The text of a template is published as it is, so one that is a link out of the theme (a
    /// theme can come from anywhere) is refused too.
    /// </summary>
    private static string ReadTemplate(string file, string themeRoot, string shownAs)
    {
        if (RealPath.Of(file) is not { } real || !RealPath.IsSameOrInside(real, themeRoot))
        {
            throw new PaperSiteException(shownAs, null, "is a symbolic link out of the theme folder; a build reads no template from outside the project: copy the file into theme/");
        }

        // A pipe or a device has no length, and opening one would wait for a writer.
        if (new FileInfo(file).Length == 0)
        {
            throw new PaperSiteException(shownAs, null, "empty template: every layout and partial must write something");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(file));
        }
        catch (DecoderFallbackException)
        {
            throw new PaperSiteException(shownAs, null, "not a text file: a template must be UTF-8 text");
        }

        if (text.Contains('\0'))
        {
            throw new PaperSiteException(shownAs, null, "not a text file: a template must be UTF-8 text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PaperSiteException(shownAs, null, "empty template: every layout and partial must write something");
        }

        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }
}

using PaperSite.Diagnostics;

namespace PaperSite.Rendering;

/// <summary>
/// A theme folder, laid out as Hugo themes are: <c>layouts/base.hbs</c> wraps every page,
/// <c>layouts/NAME.hbs</c> is the page template for NAME, <c>layouts/partials/*.hbs</c> are
/// partials, and <c>assets/</c> is copied to the site as it is.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>The layout every page is rendered into.</summary>
    public const string BaseLayout = "base";

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
    public static string LayoutPath(string name) => $"theme/layouts/{name}.hbs";

    /// <summary>Reads every template of the theme in <paramref name="root"/>.</summary>
    /// <exception cref="PaperSiteException">The folder or its base layout is missing.</exception>
    public static ThemeFiles Load(string root)
    {
        var layoutsDir = Path.Combine(root, "layouts");
        if (!Directory.Exists(layoutsDir))
        {
            throw new PaperSiteException(root, null, "theme folder has no layouts/ folder; pass --theme with the folder that holds layouts/base.hbs");
        }

        var layouts = ReadTemplates(layoutsDir);
        if (!layouts.ContainsKey(BaseLayout))
        {
            throw new PaperSiteException(LayoutPath(BaseLayout), null, "missing template: the base layout wraps every page");
        }

        var partialsDir = Path.Combine(layoutsDir, "partials");
        var partials = Directory.Exists(partialsDir) ? ReadTemplates(partialsDir) : new Dictionary<string, string>();
        return new ThemeFiles(root, layouts, partials, ThemeAssets.Load(root));
    }

    private static Dictionary<string, string> ReadTemplates(string dir) =>
        Directory.EnumerateFiles(dir, "*.hbs", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
}

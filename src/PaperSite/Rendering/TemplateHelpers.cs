using HandlebarsDotNet;
using PaperSite.Configuration;
using PaperSite.Diagnostics;

namespace PaperSite.Rendering;

/// <summary>The helpers themes can call, so no template builds a URL by hand.</summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars, SiteUrls urls, AssetFingerprints fingerprints)
    {
        // {{relUrl "search/"}} → "/repo/search/": every link carries the base path.
        handlebars.RegisterHelper("relUrl", (_, args) => urls.Path(Arg(args, 0, "relUrl")));

        // {{asset "site.css"}} → "/repo/assets/site.css?v=1a2b3c4d".
        handlebars.RegisterHelper("asset", (_, args) =>
        {
            var asset = Arg(args, 0, "asset");
            var version = fingerprints[asset]
                ?? throw new PaperSiteException($"theme/assets/{asset}", null, "the template asks for this asset with {{asset}}, but the file does not exist");
            return urls.Path($"assets/{asset}") + "?v=" + version;
        });

        // {{#if (eq a b)}}
        handlebars.RegisterHelper("eq", (_, args) => args.Length == 2 && Equals(args[0]?.ToString(), args[1]?.ToString()));
    }

    private static string Arg(Arguments args, int index, string helper) =>
        args.Length > index && args[index] is { } value
            ? value.ToString() ?? ""
            : throw new HandlebarsRuntimeException($"helper '{helper}' needs an argument");
}

using PaperSite.Configuration;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>The functions PaperSite gives templates, so no template builds a URL by hand.</summary>
internal static class TemplateFunctions
{
    /// <summary>A fresh object holding the functions (one per context: a template may assign to its globals).</summary>
    public static ScriptObject Create(SiteUrls urls, AssetFingerprints fingerprints)
    {
        var functions = new ScriptObject();

        // {{ url "search/" }} → "/repo/search/": every link carries the base path.
        functions.Import("url", new Func<string, string>(urls.Path));

        // {{ asset "site.css" }} → "/repo/assets/site.css?v=1a2b3c4d".
        var assetUrls = fingerprints.All.ToDictionary(a => a.Key, a => urls.Path(SiteUrls.Asset(a.Key)) + "?v=" + a.Value, StringComparer.Ordinal);
        functions.Import("asset", new Func<TemplateContext, SourceSpan, string, string>((_, span, asset) =>
            assetUrls.TryGetValue(asset, out var url) ? url : throw new ScriptRuntimeException(span, $"asset \"{asset}\": theme/assets/ has no such file")));
        return functions;
    }
}

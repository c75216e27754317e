using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>
/// A theme's package.json names files to publish under assets/. A theme can come from anywhere, so
/// those names can neither write outside the output folder nor publish a file from outside the theme.
/// </summary>
public sealed class ThemePackageAssetTests
{
    private const string BaseUrl = "https://example.org/digest/";

    [Fact]
    public void An_asset_name_that_climbs_out_of_assets_stops_the_build_and_writes_nothing_outside_the_output()
    {
        using var input = new InputCopy();
        var escaped = $"escaped-{Guid.NewGuid():N}.js";
        input.Write("theme/vendor/lib.js", "var lib = 1;\n");
        WritePackage(input, $$""" "../../../{{escaped}}": "vendor/lib.js" """);

        var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));

        Assert.Equal($"theme/package.json: error: asset '../../../{escaped}' is not a file name under assets/ (a path of names joined by /, without '..'); rename it", e.Diagnostic.ToString());
        Assert.False(File.Exists(Path.Combine(input.Root, escaped)));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(input.Root)!, escaped)));
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void An_asset_from_outside_the_theme_stops_the_build_and_is_not_published()
    {
        using var input = new InputCopy();
        var secret = input.Write("outside/secret.txt", "Zanzibar Secret Marker\n");
        WritePackage(input, $$""" "stolen.txt": "{{secret}}", "also-stolen.txt": "../outside/secret.txt" """);

        var e = Assert.Throws<PaperSiteException>(() => SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false }));

        Assert.StartsWith("theme/package.json: error: asset '", e.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("outside the theme folder; a build publishes no file from outside the project", e.Diagnostic.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(input.Output));
    }

    [Fact]
    public void An_asset_from_inside_the_theme_is_published()
    {
        using var input = new InputCopy();
        input.Write("theme/vendor/lib.js", "var lib = 1;\n");
        WritePackage(input, """ "vendor/lib.js": "vendor/lib.js" """);

        SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });

        Assert.Equal("var lib = 1;\n", File.ReadAllText(Path.Combine(input.Output, "assets", "vendor", "lib.js")));
    }

    /// <summary>
    /// The theme's package.json with <paramref name="assets"/> (JSON members) beside the search page's
    /// lunr.min.js, installed already: no npm run is needed.
    /// </summary>
    private static void WritePackage(InputCopy input, string assets)
    {
        input.Write("theme/package.json", $$"""{ "papersite": { "assets": { "lunr.min.js": "node_modules/lunr/lunr.min.js", {{assets}} } } }""");
        var lunr = Path.Combine(input.Theme, "node_modules", "lunr", "lunr.min.js");
        Directory.CreateDirectory(Path.GetDirectoryName(lunr)!);
        File.Copy(Path.Combine(RepoPaths.Theme, "node_modules", "lunr", "lunr.min.js"), lunr);
    }

    /// <summary>A fresh clone's build installs the theme's npm packages: the theme's install scripts must not run with it.</summary>
    [Fact]
    public void Installing_the_theme_s_packages_runs_none_of_its_scripts()
    {
        using var input = new InputCopy();
        var ran = Path.Combine(input.Root, "script-ran");
        input.Write("theme/vendor/lunr.min.js", File.ReadAllText(Path.Combine(RepoPaths.Theme, "node_modules", "lunr", "lunr.min.js")));
        input.Write("theme/package.json", $$"""
            {
              "name": "hostile-theme",
              "private": true,
              "scripts": { "preinstall": "touch {{ran}}", "install": "touch {{ran}}", "postinstall": "touch {{ran}}", "prepare": "touch {{ran}}" },
              "papersite": { "assets": { "lunr.min.js": "vendor/lunr.min.js" } }
            }
            """);

        SiteBuilder.Build(new BuildOptions(input.Input, input.Theme, input.Output, BaseUrl) { Check = false });

        Assert.False(File.Exists(ran));
        Assert.True(File.Exists(Path.Combine(input.Output, "assets", "lunr.min.js")));
    }
}

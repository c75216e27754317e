using PaperSite.Tests.Support;

namespace PaperSite.Tests.Rendering;

/// <summary>The seeds' site is valid HTML to the Nu Html Checker: no errors on any page (headings in order included).</summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public void The_seed_site_has_no_html_error_on_any_page()
    {
        using var site = new SeedSite();
        var errors = HtmlChecker.Errors(site.Output).Select(e => e.Replace("file:" + site.Output, "", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n{string.Join('\n', errors.Take(20))}");
    }
}

using System.Text;
using PaperSite.Rendering;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Rendering;

/// <summary>
/// Golden files of the theme, in Scriban's own style: each layout rendered from a fixed model
/// (<see cref="ThemeModels"/>) must give the committed HTML in <c>Golden/Theme/</c>.
/// <c>PAPERSITE_UPDATE_GOLDEN=1</c> rewrites them; review the diff.
/// </summary>
public sealed class ThemeGoldenTests
{
    private static readonly Lazy<ScribanRenderer> Renderer = new(() => new ScribanRenderer(ThemeFiles.Load(RepoPaths.Theme), ThemeModels.Urls));

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var (_, name, _) in new ThemeModels(t => t).All())
        {
            cases.Add(name);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layout_renders_its_fixed_model_as_the_golden_file(string name)
    {
        var (layout, _, model) = new ThemeModels(t => t).All().Single(c => c.Case == name);
        var html = Encoding.UTF8.GetString(Renderer.Value.Render(layout, model));
        Golden.AssertMatches(Path.Combine(RepoPaths.Golden, "Theme", name + ".html"), html);
    }

    [Fact]
    public void Every_layout_of_the_theme_has_a_golden_file()
    {
        var covered = new ThemeModels(t => t).All().Select(c => c.Layout).Append(ThemeFiles.BaseLayout).ToHashSet();
        Assert.Equal(ThemeFiles.Load(RepoPaths.Theme).Layouts.Keys.Order(), covered.Order());
    }
}

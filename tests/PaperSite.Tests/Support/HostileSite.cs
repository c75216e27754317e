using PaperSite.Pipeline;

namespace PaperSite.Tests.Support;

/// <summary>
/// A site built from input whose every free text is hostile: titles and abstracts, a topic's name
/// and description, a Markdown page's title, description and text, and the site's settings.
/// </summary>
public sealed class HostileSite : IDisposable
{
    /// <summary>Markup, template syntax of Scriban and Liquid, and a script URL, all of which must show as text.</summary>
    public const string Text = "<script>window.__pwned=1</script> \"><img src=x onerror=alert(1)> {{ 7*7 }} {% raw %} javascript:alert(1)";

    private readonly InputCopy _input = new(withDumps: false);

    public HostileSite()
    {
        var yaml = Yaml(Text);
        _input.Write("input/site.yml", $"title: {yaml}\ndescription: {yaml}\nauthor: {yaml}\nbase_url: https://example.org/digest/\n");
        _input.Write("input/topics.yml", $"topics:\n  - name: {Yaml("Zebrafish " + Text)}\n    slug: zebrafish\n    description: {Yaml("*Fish* " + Text)}\n    phrases: [zebrafish]\n");
        _input.Write("input/pages/about.md", $"---\ntitle: {Yaml("About " + Text)}\ndescription: {yaml}\n---\n\nSome text: {Text}\n");
        _input.Write("input/dumps/2024-05-01.txt", $"Zebrafish {Text}\nA zebrafish abstract: {Text}. See https://github.com/o/r for code.\n\nA Second Zebrafish Paper\nAnother zebrafish abstract, long enough to be one: {Text}.\n");
        Report = SiteBuilder.Build(new BuildOptions(_input.Input, _input.Theme, _input.Output, "https://example.org/digest/"));
    }

    internal BuildReport Report { get; }

    public string Output => _input.Output;

    /// <summary>Every HTML page of the site, as a path under the output folder.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _input.Dispose();

    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

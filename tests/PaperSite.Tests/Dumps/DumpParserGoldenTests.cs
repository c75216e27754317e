using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Dumps;

/// <summary>
/// Golden tests in Scriban's style: every <c>Golden/Dumps/**/*.txt</c> is parsed and printed
/// (date, entries with their abstracts tidied, warnings) and compared with the <c>.expected</c> file beside it.
/// </summary>
public sealed class DumpParserGoldenTests
{
    private const int SiteYear = 2024;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(RepoPaths.Golden, "Dumps");
        foreach (var file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_as_expected(string relativePath)
    {
        var path = Path.Combine(RepoPaths.Golden, "Dumps", relativePath);
        var diagnostics = new DiagnosticBag();
        var dump = DumpParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path), SiteYear, diagnostics);

        Golden.AssertMatches(Path.ChangeExtension(path, ".expected"), Print(dump, diagnostics));
    }

    private static string Print(PaperSite.Model.Dump? dump, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder();
        if (dump is null)
        {
            text.Append("(not a dump)\n");
        }
        else
        {
            text.Append($"date: {dump.Date?.ToString("yyyy-MM-dd") ?? "(none)"}\n");
            text.Append($"entries: {dump.Entries.Count}\n");
            foreach (var entry in dump.Entries)
            {
                text.Append($"{entry.Line}: {entry.Title}\n    {Shorten(entry.Abstract.Value)}\n");
            }
        }

        foreach (var d in diagnostics.Sorted())
        {
            text.Append(d).Append('\n');
        }

        return text.ToString();
    }

    private static string Shorten(string s) =>
        s.Length == 0 ? "(no abstract)" : s.Length <= 70 ? s : $"{s[..40]} … {s[^25..]} ({s.Length} chars)";
}

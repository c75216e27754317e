using System.CommandLine;
using System.Text.Json;
using PaperSite.Cli.Commands;
using PaperSite.Lunr.Tests;

namespace PaperSite.Tests.Search.Lunr;

/// <summary><c>papersite lunr</c>, run in-process: same bytes as the golden lunr.js output, one-line user errors.</summary>
public sealed class LunrCommandTests
{
    [Fact]
    public void Writes_the_same_bytes_as_lunr_js()
    {
        using var files = new TempFiles();
        var output = files.Path("index.json");
        var (exitCode, error) = Invoke("--docs", LunrGolden.PathOf("seed-papers.json"), "--ref", "id", "--field", "title:10", "--field", "abstract", "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        LunrGolden.AssertSameBytes(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.index.json")), File.ReadAllBytes(output));
    }

    [Fact]
    public void Takes_document_boosts_from_a_property()
    {
        using var files = new TempFiles();
        var output = files.Path("index.json");
        var fixture = Path.Combine(LunrGolden.Fixtures, "boosts");
        var (exitCode, _) = Invoke("--docs", fixture + ".docs.json", "--field", "title:10", "--field", "body:2.5", "--field", "extra:0", "--boost-field", "boost", "--out", output);

        Assert.Equal(0, exitCode);
        LunrGolden.AssertSameBytes(File.ReadAllBytes(fixture + ".index.json"), File.ReadAllBytes(output));
    }

    [Fact]
    public void Writes_the_index_split_by_term_beside_the_whole_one()
    {
        using var files = new TempFiles();
        var parts = files.Path("parts");
        var (exitCode, error) = Invoke("--docs", LunrGolden.PathOf("seed-papers.json"), "--field", "title:10", "--field", "abstract", "--out", files.Path("index.json"), "--parts", parts);

        Assert.Equal((0, string.Empty), (exitCode, error));
        LunrGolden.AssertSameBytes(File.ReadAllBytes(LunrGolden.PathOf("seed-papers.index.json")), File.ReadAllBytes(files.Path("index.json")));
        using (var top = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(parts, "parts.json"))))
        {
            Assert.Equal(["0/parts.json"], top.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetString()));
        }

        var segment = Path.Combine(parts, "0");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(segment, "parts.json")));
        var listed = manifest.RootElement.GetProperty("parts").EnumerateArray().Select(p => p[1].GetString()!).ToList();
        Assert.NotEmpty(listed);
        Assert.Equal([.. listed, "parts.json", "terms.json"], Directory.GetFiles(segment).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["parts.json"], Directory.GetFiles(parts).Select(Path.GetFileName));

        // The parts hold every term of the whole index once.
        using var whole = JsonDocument.Parse(File.ReadAllBytes(files.Path("index.json")));
        var terms = listed.SelectMany(file =>
        {
            using var part = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(segment, file)));
            return part.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(e => e[0].GetString()!).ToList();
        });
        Assert.Equal(whole.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(e => e[0].GetString()!), terms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Refuses_a_parts_folder_that_is_not_empty()
    {
        using var files = new TempFiles();
        Directory.CreateDirectory(files.Path("parts"));
        File.WriteAllText(Path.Combine(files.Path("parts"), "p-old.json"), "{}");
        var (exitCode, error) = Invoke("--docs", LunrGolden.PathOf("seed-papers.json"), "--field", "title", "--parts", files.Path("parts"));

        Assert.Equal(1, exitCode);
        Assert.Contains("is not empty", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("missing.json", null, "title", "missing.json' does not exist")]
    [InlineData("bad.json", "[{\"id\": 1,\n \"title\": }]", "title", "bad.json is not valid JSON (line 2")]
    [InlineData("object.json", "{\"id\": 1}", "title", "object.json: expected a JSON array of documents, found an object")]
    [InlineData("scalar-doc.json", "[1]", "title", "scalar-doc.json: document 0 is a number, not an object")]
    [InlineData("ok.json", "[]", "title:ten", "bad --field 'title:ten'")]
    [InlineData("ok.json", "[]", "a/b", "cannot contain '/'")]
    [InlineData("ok.json", "[]", ":3", "the field name is empty")]
    public void Reports_user_errors_in_one_line_and_exits_1(string file, string? content, string field, string expected)
    {
        using var files = new TempFiles();
        var docs = files.Path(file);
        if (content is not null)
        {
            File.WriteAllText(docs, content);
        }

        var (exitCode, error) = Invoke("--docs", docs, "--field", field, "--out", files.Path("index.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error);
    }

    private static (int ExitCode, string Error) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = LunrCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, error.ToString());
    }
}

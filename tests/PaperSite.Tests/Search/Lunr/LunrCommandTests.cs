using System.CommandLine;
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

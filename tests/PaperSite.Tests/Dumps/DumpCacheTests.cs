using System.Text;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Dumps;

/// <summary>A dump parsed by the last build is not decoded again; its abstracts are read when asked for.</summary>
public sealed class DumpCacheTests
{
    private const string Listing =
        "Mar 11\n\nA Paper About ``Quoted'' Things\n\nWe study {https://example.org/x} and `this' at length, with results.\n\n" +
        "Another Paper Without Surprises\n\nA second abstract that is long enough to be one, and ends here.\n";

    [Fact]
    public void A_dump_taken_from_the_cache_is_what_parsing_it_gives_and_its_abstracts_are_read_when_asked_for()
    {
        using var dir = new TempDir();
        var path = dir.Write("input/dumps/2024-03-11.txt", Listing);
        var bytes = File.ReadAllBytes(path);
        var parsed = DumpParser.Parse(bytes, "2024-03-11.txt", 2024, new DiagnosticBag())!;
        var cache = new BuildCache(dir.Combine("output"));
        DumpCache.Empty.Store(cache, [new ParsedDump(DumpCache.HashOf(bytes), 2024, parsed, [])]);

        var loaded = DumpCache.Load(cache, Path.GetDirectoryName(path)!).Find("2024-03-11.txt", DumpCache.HashOf(bytes))!;

        Assert.Equal(parsed.Date, loaded.Dump.Date);
        Assert.Equal(parsed.Entries.Select(e => (e.Title, e.Line, e.AbstractLine, e.Abstract.Key, e.Abstract.Length, e.Abstract.Excerpt)),
            loaded.Dump.Entries.Select(e => (e.Title, e.Line, e.AbstractLine, e.Abstract.Key, e.Abstract.Length, e.Abstract.Excerpt)));
        Assert.Equal("We study https://example.org/x and \u2018this\u2019 at length, with results.", loaded.Dump.Entries[0].Abstract.Value);

        // Read only now, and checked against its key: an abstract edited since is not passed off as the one parsed.
        File.WriteAllText(path, Listing.Replace("second abstract", "2nd abstract", StringComparison.Ordinal));
        var changed = Assert.Throws<PaperSiteException>(() => loaded.Dump.Entries[1].Abstract.Value);
        Assert.Contains("changed while the site was built", changed.Message);
    }

    [Fact]
    public void A_dump_whose_bytes_changed_is_parsed_again()
    {
        using var dir = new TempDir();
        var path = dir.Write("input/dumps/2024-03-11.txt", Listing);
        var bytes = File.ReadAllBytes(path);
        var cache = new BuildCache(dir.Combine("output"));
        DumpCache.Empty.Store(cache, [new ParsedDump(DumpCache.HashOf(bytes), 2024, DumpParser.Parse(bytes, "2024-03-11.txt", 2024, new DiagnosticBag())!, [])]);

        var loaded = DumpCache.Load(cache, Path.GetDirectoryName(path)!);

        Assert.NotNull(loaded.Find("2024-03-11.txt", DumpCache.HashOf(bytes)));
        Assert.Null(loaded.Find("2024-03-11.txt", DumpCache.HashOf(Encoding.UTF8.GetBytes(Listing + "\n"))));
        Assert.Null(loaded.Find("2024-03-12.txt", DumpCache.HashOf(bytes)));
    }

    [Fact]
    public void Warnings_of_dumps_taken_from_the_cache_are_reported_again()
    {
        using var input = new InputCopy();
        var troubled = Encoding.UTF8.GetBytes("Mar 20\n\nA Title Without Its Abstract\n\nAnother Title Here\n\nAn abstract line with a bad byte: ")
            .Concat(new byte[] { 0xFF })
            .Concat(Encoding.UTF8.GetBytes(" and more words after it, which make it an abstract.\n"))
            .ToArray();
        input.WriteBytes("input/dumps/2024-03-20.txt", troubled);
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/") { Check = false };

        var first = SiteBuilder.Build(options);
        var second = SiteBuilder.Build(options);

        Assert.Contains(first.Warnings, d => d.File == "2024-03-20.txt" && d.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains(first.Warnings, d => d.File == "2024-03-20.txt" && d.Message.Contains("has no abstract", StringComparison.Ordinal));
        Assert.Equal(first.Warnings, second.Warnings);
    }

    [Fact]
    public void Dumps_parsed_with_another_default_year_are_parsed_again()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/") { Check = false };
        SiteBuilder.Build(options);
        var before = SiteFiles.Of(input.Output);
        var site = Path.Combine(input.Input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("year: 2024", "year: 2023", StringComparison.Ordinal));

        SiteBuilder.Build(options);
        var fresh = Path.Combine(input.Root, "fresh");
        SiteBuilder.Build(options with { OutputDir = fresh });

        Assert.NotEqual(before, SiteFiles.Of(input.Output));
        Assert.Equal(SiteFiles.Of(fresh), SiteFiles.Of(input.Output));
    }

    [Theory]
    [InlineData("one\ntwo\nthree", 2, "two")]
    [InlineData("one\r\ntwo\r\n  three  ", 3, "three")]
    [InlineData("\uFEFFone\rtwo\r\rfour", 4, "four")]
    [InlineData("one\n", 2, null)]
    public void A_single_line_is_decoded_as_the_whole_file_would_be(string text, int number, string? expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(expected, DumpDecoder.Line(bytes, number));
        if (expected is not null)
        {
            Assert.Equal(expected, DumpDecoder.Decode(bytes, "x.txt", new DiagnosticBag())![number - 1].Text);
        }
    }
}

using System.Text;
using PaperSite.Caching;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Dumps;

/// <summary>A dump parsed by the last build is not decoded again; nothing after parsing reads a dump.</summary>
public sealed class DumpCacheTests
{
    private const string Listing =
        "Mar 11\n\nA Paper About ``Quoted'' Things\n\nWe study {https://example.org/x} and `this' at length, with results.\n\n" +
        "Another Paper Without Surprises\n\nA second abstract that is long enough to be one, and ends here.\n";

    [Fact]
    public void A_dump_taken_from_the_cache_is_what_parsing_it_gives_and_needs_its_file_no_more()
    {
        using var dir = new TempDir();
        var path = dir.Write("input/dumps/2024-03-11.txt", Listing);
        var bytes = File.ReadAllBytes(path);
        var parsed = DumpParser.Parse(bytes, "2024-03-11.txt", 2024, new DiagnosticBag())!;
        var cache = new BuildCache(dir.Combine("output"));
        Keep(cache, [new ParsedDump(DumpCache.HashOf(bytes), 2024, parsed, [])]);

        var loaded = Load(cache).Find("2024-03-11.txt", DumpCache.HashOf(bytes))!.With(bytes)!;
        File.Delete(path);

        Assert.Equal(parsed.Date, loaded.Dump.Date);
        Assert.Equal(parsed.Entries, loaded.Dump.Entries);
        Assert.Equal("We study https://example.org/x and \u2018this\u2019 at length, with results.", loaded.Dump.Entries[0].Abstract.Value);
    }

    [Fact]
    public void Dumps_changed_or_deleted_after_parsing_do_not_change_the_site_being_built()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/") { Check = false };
        var clean = Path.Combine(input.Root, "clean");
        SiteBuilder.Build(options with { OutputDir = clean });
        SiteBuilder.Build(options);
        // No site to keep pages from, but the cache of the dumps' parses: every page is made again.
        Directory.Delete(input.Output, recursive: true);
        var dumps = Directory.GetFiles(Path.Combine(input.Input, "dumps"));

        // Once the dumps are parsed, every one is edited or deleted: the build goes on with what it parsed.
        SiteBuilder.Build(options, new AfterStage("parse", () =>
        {
            File.Delete(dumps[0]);
            foreach (var dump in dumps.Skip(1))
            {
                File.WriteAllText(dump, "Mar 1\n\nSomething Else\n\nAn abstract written while the site was built, which no page may show.\n");
            }
        }));

        Assert.Equal(SiteFiles.Of(clean), SiteFiles.Of(input.Output));
    }

    [Fact]
    public void A_dump_whose_bytes_changed_is_parsed_again()
    {
        using var dir = new TempDir();
        var path = dir.Write("input/dumps/2024-03-11.txt", Listing);
        var bytes = File.ReadAllBytes(path);
        var cache = new BuildCache(dir.Combine("output"));
        Keep(cache, [new ParsedDump(DumpCache.HashOf(bytes), 2024, DumpParser.Parse(bytes, "2024-03-11.txt", 2024, new DiagnosticBag())!, [])]);

        var loaded = Load(cache);

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

    [Fact]
    public void The_cache_keeps_no_abstract_text_and_a_kept_abstract_is_made_of_the_dump_bytes_read_now()
    {
        using var dir = new TempDir();
        var longAbstract = string.Concat(Enumerable.Repeat("A sentence long enough to be part of an abstract. ", 20)) + "It ends with zanzibar.";
        var bytes = Encoding.UTF8.GetBytes(Listing + "\nA Paper With A Long Abstract\n\n" + longAbstract + "\n");
        var cache = new BuildCache(dir.Combine("output"));
        Keep(cache, [new ParsedDump(DumpCache.HashOf(bytes), 2024, DumpParser.Parse(bytes, "2024-03-11.txt", 2024, new DiagnosticBag())!, [])]);

        var entry = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(cache.Root, DumpCache.Entry)));
        var loaded = Load(cache).Find("2024-03-11.txt", DumpCache.HashOf(bytes))!.With(bytes)!;

        Assert.Contains("A Paper With A Long Abstract", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("zanzibar", entry, StringComparison.Ordinal);
        Assert.Equal(longAbstract.Trim(), loaded.Dump.Entries[2].Abstract.Value);
    }

    [Fact]
    public void A_kept_parse_whose_lines_are_not_in_the_dump_is_not_taken()
    {
        using var dir = new TempDir();
        var bytes = Encoding.UTF8.GetBytes(Listing);
        var parsed = DumpParser.Parse(bytes, "2024-03-11.txt", 2024, new DiagnosticBag())!;
        var cache = new BuildCache(dir.Combine("output"));
        var pastTheEnd = parsed with { Entries = [parsed.Entries[0], parsed.Entries[1] with { AbstractLine = 99 }] };
        Keep(cache, [new ParsedDump(DumpCache.HashOf(bytes), 2024, pastTheEnd, [])]);

        var kept = Load(cache).Find("2024-03-11.txt", DumpCache.HashOf(bytes));

        Assert.NotNull(kept);
        Assert.Null(kept.With(bytes));
    }

    [Fact]
    public void A_kept_parse_that_was_not_taken_is_kept_again_as_parsed_now()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/") { Check = false };
        SiteBuilder.Build(options);
        var cache = new BuildCache(input.Output);
        var files = Directory.GetFiles(Path.Combine(input.Input, "dumps")).Order(StringComparer.Ordinal).ToList();
        var kept = files.Select(f => Load(cache).Find(Path.GetFileName(f), DumpCache.HashOf(File.ReadAllBytes(f)))!.With(File.ReadAllBytes(f))!).ToList();
        var damaged = kept[0].Dump.Entries[0] with { AbstractLine = 9999 };
        kept[0] = kept[0] with { Dump = kept[0].Dump with { Entries = [damaged, .. kept[0].Dump.Entries.Skip(1)] } };
        Keep(cache, kept);

        SiteBuilder.Build(options);

        var bytes = File.ReadAllBytes(files[0]);
        Assert.NotNull(Load(cache).Find(Path.GetFileName(files[0]), DumpCache.HashOf(bytes))!.With(bytes));
    }

    [Theory]
    [InlineData("one\ntwo\nthree", 2, "two")]
    [InlineData("one\r\ntwo\r\n  three  ", 3, "three")]
    [InlineData("\uFEFFone\rtwo\r\rfour", 4, "four")]
    [InlineData("\uFEFF\n\n  caf\u00E9 \u2014 na\u00EFve  \r\n", 3, "caf\u00E9 \u2014 na\u00EFve")]
    public void A_single_line_of_kept_bytes_is_decoded_as_the_whole_file_would_be(string text, int number, string expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(expected, new DumpText(bytes).Line(number));
        Assert.Equal(expected, DumpDecoder.Decode(bytes, "x.txt", new DiagnosticBag())![number - 1].Text);
    }

    [Fact]
    public void A_line_with_bytes_that_are_not_UTF8_is_decoded_with_the_same_replacement_characters()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\nBad ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" bytes here.\n")).ToArray();

        Assert.Equal(DumpDecoder.Decode(bytes, "x.txt", new DiagnosticBag())![2].Text, new DumpText(bytes).Line(3));
    }

    [Fact]
    public void A_build_that_parses_nothing_new_leaves_the_kept_parses_as_they_were()
    {
        using var input = new InputCopy();
        var options = new BuildOptions(input.Input, input.Theme, input.Output, "https://example.org/") { Check = false };
        SiteBuilder.Build(options);
        var entry = Path.Combine(new BuildCache(input.Output).Root, DumpCache.Entry);
        var written = File.GetLastWriteTimeUtc(entry);
        File.SetLastWriteTimeUtc(entry, written.AddHours(-1));

        SiteBuilder.Build(options);

        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(entry));
    }

    /// <summary>Keeps <paramref name="parsed"/> as the parse stage does.</summary>
    private static void Keep(BuildCache cache, IReadOnlyList<ParsedDump> parsed) =>
        cache.Store(DumpCache.Entry, DumpCache.Entry, writer => DumpCache.Write(writer, parsed));

    /// <summary>Loads the kept parses as the read stage does.</summary>
    private static DumpCache Load(BuildCache cache) => cache.Load(DumpCache.Entry, DumpCache.Entry, DumpCache.Read) ?? DumpCache.Empty;

    /// <summary>Runs <paramref name="act"/> once, when the stage <paramref name="stage"/> has finished.</summary>
    private sealed class AfterStage(string stage, Action act) : IBuildObserver
    {
        public void StageStarted(string name)
        {
        }

        public void StageFinished(StageTiming timing, string summary)
        {
            if (timing.Stage == stage)
            {
                act();
            }
        }
    }
}

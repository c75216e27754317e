using PaperSite.Output;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Output;

/// <summary>The manifest is one line per file, "hash length key path", sorted by path; it reads back as it was written.</summary>
public sealed class OutputManifestTests
{
    private static readonly OutputFileInfo[] Files =
    [
        new("papers/b/index.html", 1234, "7d00f8c596448b05883f4a48acd1abce", "42179789c9de2a667ab7cf2d52af9be7"),
        new("a file with spaces é.txt", 0, "99aa06d3014798d86001c324468d497f"),
        new("search/index-12.json", 9_876_543_210, "5dab6f27b5286ebb02b892e1a5eea97b", "shard-key"),
    ];

    [Fact]
    public void A_saved_manifest_is_sorted_lines_and_reads_back_the_same()
    {
        using var dir = new TempDir();
        OutputManifest.Save(dir.Path, Files, wasChecked: true);

        Assert.Equal(
            "# checked\n"
            + "99aa06d3014798d86001c324468d497f 0 - a file with spaces é.txt\n"
            + "7d00f8c596448b05883f4a48acd1abce 1234 42179789c9de2a667ab7cf2d52af9be7 papers/b/index.html\n"
            + "5dab6f27b5286ebb02b892e1a5eea97b 9876543210 shard-key search/index-12.json\n",
            File.ReadAllText(dir.Combine(OutputManifest.FileName)));

        var loaded = OutputManifest.Load(dir.Path);
        Assert.True(loaded.WasChecked);
        Assert.Equal(Files.OrderBy(f => f.Path, StringComparer.Ordinal), loaded.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Lines_that_are_not_a_file_are_skipped_and_an_unchecked_build_says_so()
    {
        using var dir = new TempDir();
        dir.Write(OutputManifest.FileName, "hash 12 key\nhash twelve key path\n\nhash 12 - kept.html\nhash -1 key path\n");

        var loaded = OutputManifest.Load(dir.Path);

        Assert.False(loaded.WasChecked);
        Assert.Equal([new OutputFileInfo("kept.html", 12, "hash")], loaded.Files.Values);
    }

    [Theory]
    [InlineData("../victim.txt")]
    [InlineData("papers/../../victim.txt")]
    [InlineData("/tmp/victim.txt")]
    [InlineData("papers//a.html")]
    [InlineData("./a.html")]
    [InlineData("papers\\..\\..\\victim.txt")]
    public void A_path_that_leaves_the_output_folder_is_not_a_file_of_the_site(string path)
    {
        using var dir = new TempDir();
        dir.Write(OutputManifest.FileName, $"hash 7 - {path}\nhash 12 - kept.html\n");

        Assert.Equal(["kept.html"], OutputManifest.Load(dir.Path).Files.Keys);
    }

    [Fact]
    public void The_base_url_the_site_was_built_for_reads_back()
    {
        using var dir = new TempDir();
        OutputManifest.Save(dir.Path, Files, wasChecked: true, "http://127.0.0.1:8765/digest/");

        Assert.Equal("http://127.0.0.1:8765/digest/", OutputManifest.BaseUrlOf(dir.Path));
        Assert.Equal("http://127.0.0.1:8765/digest/", OutputManifest.Load(dir.Path).BaseUrl);
        Assert.True(OutputManifest.Load(dir.Path).WasChecked);
    }

    [Fact]
    public void A_manifest_left_by_a_write_that_never_finished_trusts_no_file_but_still_lists_them()
    {
        using var dir = new TempDir();
        dir.Write("papers/b/index.html", new string('x', 1234));
        OutputManifest.SaveWriting(dir.Path, Files, "https://example.org/");

        var loaded = OutputManifest.Load(dir.Path);

        Assert.True(loaded.Interrupted);
        Assert.False(loaded.WasChecked);
        Assert.Equal(Files.Length, loaded.Files.Count);
        Assert.False(loaded.IsUnchanged(Files[0]));
        Assert.Null(loaded.Reusable(Files[0].Path, Files[0].Key!));
    }

    /// <summary>An output folder restored from a CI cache or edited by hand can hold anything where the manifest goes.</summary>
    [Fact]
    public async Task A_manifest_that_is_a_named_pipe_is_no_manifest_instead_of_a_wait_forever()
    {
        using var dir = new TempDir();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", dir.Combine(OutputManifest.FileName)))
        {
            await mkfifo.WaitForExitAsync();
        }

        var loaded = await Task.Run(() => OutputManifest.Load(dir.Path)).WaitAsync(TimeSpan.FromSeconds(30));
        var baseUrl = await Task.Run(() => OutputManifest.BaseUrlOf(dir.Path)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(loaded.Files);
        Assert.Null(baseUrl);
    }

    [Fact]
    public void A_manifest_of_gigabytes_is_no_manifest_instead_of_a_failed_build()
    {
        using var dir = new TempDir();
        using (var huge = File.Create(dir.Combine(OutputManifest.FileName)))
        {
            // Sparse: no disk space is taken.
            huge.SetLength(3L << 30);
        }

        var loaded = OutputManifest.Load(dir.Path);

        Assert.Empty(loaded.Files);
        Assert.Null(OutputManifest.BaseUrlOf(dir.Path));
    }
}

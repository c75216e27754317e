using System.Text;
using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Output;

public sealed class OutputSyncTests
{
    private static SyncResult Build(string output, params (string Path, string Text)[] files) =>
        Build(output, StagingArea.DefaultMemoryBudget, files);

    private static SyncResult Build(string output, long memoryBudget, params (string Path, string Text)[] files)
    {
        using var staging = new StagingArea(output, memoryBudget);
        using var stager = new OutputStager(output, staging);
        foreach (var (path, text) in files)
        {
            stager.Add(path, Encoding.UTF8.GetBytes(text));
        }

        return OutputSync.Commit(output, stager.Finish());
    }

    private static void BuildKeyed(string output, string path, string text, string key)
    {
        using var staging = new StagingArea(output);
        using var stager = new OutputStager(output, staging);
        stager.Add(path, Encoding.UTF8.GetBytes(text), key);
        OutputSync.Commit(output, stager.Finish());
    }

    [Fact]
    public void Two_files_at_one_path_fail_the_build_and_leave_the_output_alone()
    {
        using var dir = new TempDir();
        var output = dir.Combine("output");
        Build(output, ("index.html", "first"));

        var twice = Assert.Throws<PaperSiteException>(() => Build(output, ("a.html", "a"), ("index.html", "one"), ("index.html", "two")));

        Assert.Equal("index.html", twice.Diagnostic.File);
        Assert.Contains("two files of the site have this path", twice.Message);
        Assert.Equal("first", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    /// <summary>
    /// On a first build every file is staged on disk; the second file at one path cannot be, and the
    /// writer stops. The render threads still adding files must not wait for it forever on a full queue.
    /// </summary>
    [Fact]
    public void Two_files_at_one_path_on_a_first_build_fail_at_once_instead_of_hanging()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        var files = new[] { ("about/index.html", "one"), ("about/index.html", "two") }
            .Concat(Enumerable.Range(0, 3000).Select(i => ($"papers/{i}/index.html", $"paper {i}")))
            .ToArray();

        var build = Task.Run(() => Build(output, 0L, files));

        Assert.True(((IAsyncResult)build).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the build hung");
        var e = Assert.IsType<PaperSiteException>(build.Exception!.InnerException);
        Assert.Equal("about/index.html", e.Diagnostic.File);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>Staged on disk only, in memory only, and in memory until the budget (one byte) runs out.</summary>
    [Theory]
    [InlineData(0L)]
    [InlineData(StagingArea.DefaultMemoryBudget)]
    [InlineData(1L)]
    public void Writes_only_changed_files_and_removes_stale_ones(long memoryBudget)
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Build(output, memoryBudget, ("a/index.html", "A"), ("b.txt", "B"), ("old/deep/gone.html", "old"));
        var keptTime = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(output, "a/index.html"), keptTime);

        var result = Build(output, memoryBudget, ("a/index.html", "A"), ("b.txt", "B2"), ("c.txt", "C"), ("new/d.txt", "D"));

        Assert.Equal((3, 1, 1), (result.Written, result.Unchanged, result.Deleted));
        Assert.Equal(keptTime, File.GetLastWriteTimeUtc(Path.Combine(output, "a/index.html")));
        Assert.Equal("B2", File.ReadAllText(Path.Combine(output, "b.txt")));
        Assert.Equal("C", File.ReadAllText(Path.Combine(output, "c.txt")));
        Assert.Equal("D", File.ReadAllText(Path.Combine(output, "new", "d.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.False(Directory.Exists(dir.Combine(".out.papersite-staging")));
    }

    [Fact]
    public void A_file_made_from_the_same_inputs_at_another_path_is_copied_not_made_again()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        BuildKeyed(output, "search/index.json", "newest shard", "shard-key");

        using (var staging = new StagingArea(output))
        {
            using var stager = new OutputStager(output, staging);
            Assert.True(stager.TryReuse("search/index-2.json", "shard-key"));
            Assert.False(stager.TryReuse("search/index.json", "another key"));
            stager.Add("search/index.json", Encoding.UTF8.GetBytes("new newest shard"), key: "another key");
            OutputSync.Commit(output, stager.Finish());
        }

        Assert.Equal("newest shard", File.ReadAllText(Path.Combine(output, "search/index-2.json")));
        Assert.Equal("new newest shard", File.ReadAllText(Path.Combine(output, "search/index.json")));
        Assert.Contains(OutputManifest.Load(output).Files.Values, f => f is { Path: "search/index-2.json", Key: "shard-key" });
    }

    [Fact]
    public void A_file_elsewhere_whose_bytes_changed_on_disk_is_not_copied()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        BuildKeyed(output, "a.json", "AAAA", "k");

        File.WriteAllText(Path.Combine(output, "a.json"), "BBBB");
        using (var staging = new StagingArea(output))
        {
            using var stager = new OutputStager(output, staging);
            Assert.False(stager.TryReuse("b.json", "k"));
        }
    }

    [Fact]
    public void A_first_build_with_an_empty_file_becomes_the_output_in_one_rename()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        using var staging = new StagingArea(output);
        staging.Write(".nojekyll", []);
        staging.Write("papers/a/index.html", Encoding.UTF8.GetBytes("A"));

        Assert.True(staging.CanBecome(output));
        Assert.True(staging.TryBecomeOutput(output));

        // Moved whole, so nothing is left to clear (file by file, 11,000 empty folders were left to delete).
        Assert.False(Directory.Exists(staging.Root));
        Assert.Equal(0, new FileInfo(Path.Combine(output, ".nojekyll")).Length);
        Assert.Equal("A", File.ReadAllText(Path.Combine(output, "papers/a/index.html")));
    }

    [Fact]
    public void A_file_changed_on_disk_since_the_last_build_is_rewritten()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Build(output, ("a.txt", "AAAA"));
        File.WriteAllText(Path.Combine(output, "a.txt"), "edited by hand");
        Assert.Equal(1, Build(output, ("a.txt", "AAAA")).Written);
        Assert.Equal("AAAA", File.ReadAllText(Path.Combine(output, "a.txt")));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(StagingArea.DefaultMemoryBudget)]
    public void Nothing_reaches_the_output_until_commit(long memoryBudget)
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Build(output, ("a.txt", "old"));
        using (var staging = new StagingArea(output, memoryBudget))
        {
            using var stager = new OutputStager(output, staging);
            stager.Add("a.txt", Encoding.UTF8.GetBytes("new"));
            stager.Finish();
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "a.txt")));
    }

    [Fact]
    public void Refuses_to_clean_a_folder_it_did_not_write()
    {
        using var dir = new TempDir();
        dir.Write("precious/notes.txt", "mine");
        var e = Assert.Throws<PaperSiteException>(() => Build(dir.Combine("precious"), ("index.html", "x")));
        Assert.Contains("not written by PaperSite", e.Message);
        Assert.Equal("mine", File.ReadAllText(dir.Combine("precious", "notes.txt")));
    }

    [Fact]
    public void A_manifest_line_outside_the_output_folder_deletes_nothing_there()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        var victim = dir.Write("victim.txt", "7 bytes");
        Build(output, ("index.html", "x"));
        File.AppendAllText(Path.Combine(output, OutputManifest.FileName), "abc 7 - ../victim.txt\n");

        Build(output, ("index.html", "x"));

        Assert.True(File.Exists(victim));
    }

    [Fact]
    public void A_stale_file_behind_a_linked_folder_is_not_deleted()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        var victim = dir.Write("elsewhere/victim.txt", "7 bytes");
        Build(output, ("index.html", "x"));
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), dir.Combine("elsewhere"));
        File.AppendAllText(Path.Combine(output, OutputManifest.FileName), "abc 7 - linked/victim.txt\n");

        Build(output, ("index.html", "x"));

        Assert.True(File.Exists(victim));
    }

    [Fact]
    public void No_file_is_written_through_a_linked_folder_in_the_output()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Directory.CreateDirectory(dir.Combine("elsewhere"));
        Build(output, ("index.html", "x"));
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), dir.Combine("elsewhere"));

        var e = Assert.Throws<PaperSiteException>(() => Build(output, ("index.html", "x"), ("linked/page.html", "page")));

        Assert.Equal("linked", e.Diagnostic.File);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Combine("elsewhere")));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(StagingArea.DefaultMemoryBudget)]
    public void A_file_whose_path_leaves_the_output_folder_is_refused_before_anything_is_written(long memoryBudget)
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Build(output, ("index.html", "x"));

        var e = Assert.Throws<PaperSiteException>(() => Build(output, memoryBudget, ("index.html", "y"), ("assets/../../escaped.txt", "z")));

        Assert.Equal("assets/../../escaped.txt", e.Diagnostic.File);
        Assert.False(File.Exists(dir.Combine("escaped.txt")));
        Assert.Equal("x", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    /// <summary>A backup made with <c>cp -al</c> or <c>rsync --link-dest</c> shares its files' bytes with the output.</summary>
    [Fact]
    public void A_backup_hard_linked_to_the_output_keeps_its_bytes_when_the_site_changes()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Build(output, ("index.html", "old home"), ("a.html", "old a"));
        FileBytesTests.HardLink(Path.Combine(output, "index.html"), dir.Combine("backup-index.html"));

        Assert.Equal(1, Build(output, ("index.html", "new home"), ("a.html", "old a")).Written);

        Assert.Equal("new home", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("old home", File.ReadAllText(dir.Combine("backup-index.html")));
    }

    /// <summary>
    /// An empty output folder that is a mount point (a Docker volume, a disk of its own) cannot be
    /// removed to rename the staging folder in its place: the first build moves its files in instead.
    /// Mounting needs root, as CI and the dev machines run the tests.
    /// </summary>
    [Fact]
    public void A_first_build_into_an_empty_mount_point_moves_its_files_in()
    {
        using var dir = new TempDir();
        var output = dir.Combine("out");
        Directory.CreateDirectory(output);
        Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", output);
        try
        {
            Assert.Equal(2, Build(output, ("index.html", "home"), ("papers/a/index.html", "A")).Written);
            Assert.Equal(1, Build(output, ("index.html", "home, changed"), ("papers/a/index.html", "A")).Written);

            Assert.Equal("home, changed", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal("A", File.ReadAllText(Path.Combine(output, "papers", "a", "index.html")));
            Assert.False(OutputManifest.Load(output).Interrupted);
            Assert.False(Directory.Exists(dir.Combine(".out.papersite-staging")));
        }
        finally
        {
            Run("umount", output);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program, args) { RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
    }
}

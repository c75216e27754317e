using PaperSite.Output;
using PaperSite.Pipeline;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Site;

/// <summary>
/// A write stopped at any step (a killed build, a full disk) never leaves a page cut short, and the
/// next build repairs the site: it is then byte for byte the site a clean build makes.
/// </summary>
public sealed class InterruptedWriteTests(InterruptedWriteTests.EditedSite site) : IClassFixture<InterruptedWriteTests.EditedSite>
{
    private const string BaseUrl = "https://example.org/digest/";

    /// <summary>
    /// The next build goes back to the last input, as a user does whose edit failed: every file the
    /// killed write changed kept its length, so only a manifest that says the write never finished
    /// tells them from the files it records.
    /// </summary>
    [Fact]
    public void A_build_killed_at_any_step_of_its_write_is_repaired_by_the_next_build()
    {
        var steps = site.StepsOfTheWrite();
        Assert.InRange(steps, 50, int.MaxValue);

        foreach (var step in Sample(steps))
        {
            site.RestoreLastBuild();
            using (WriteFaults.Arm(StopAt(step, () => new SimulatedKill())))
            {
                Assert.Throws<SimulatedKill>(() => SiteBuilder.Build(site.Edited));
            }

            SiteBuilder.Build(site.Options);

            Assert.True(site.Last.SequenceEqual(SiteFiles.Of(site.Output)), $"killed at step {step} of {steps}: the next build left {Differences(site.Last, SiteFiles.Of(site.Output))}");
        }
    }

    [Fact]
    public void A_disk_that_fills_up_during_the_write_leaves_no_page_cut_short_and_the_next_build_repairs()
    {
        var steps = site.StepsOfTheWrite();

        foreach (var step in Sample(steps).Where((_, i) => i % 2 == 0))
        {
            site.RestoreLastBuild();
            using (WriteFaults.Arm(StopAt(step, () => new IOException("No space left on device"))))
            {
                Assert.Throws<IOException>(() => SiteBuilder.Build(site.Edited));
            }

            // Every file is the last build's or the new one, whole.
            foreach (var (path, hash) in SiteFiles.Of(site.Output))
            {
                Assert.True(site.Last.GetValueOrDefault(path) == hash || site.Clean.GetValueOrDefault(path) == hash, $"disk full at step {step} of {steps}: {path} is neither the old nor the new file");
            }

            SiteBuilder.Build(site.Edited);
            Assert.True(site.Clean.SequenceEqual(SiteFiles.Of(site.Output)), $"disk full at step {step} of {steps}: the next build left {Differences(site.Clean, SiteFiles.Of(site.Output))}");
        }
    }

    /// <summary>The first steps, the last ones, and some between: each is a different place to stop.</summary>
    private static IEnumerable<int> Sample(int steps) =>
        new[] { 1, 2, 3, steps / 4, steps / 2, 3 * steps / 4, steps - 2, steps - 1, steps }
            .Where(s => s >= 1)
            .Distinct();

    private static Action<string> StopAt(int step, Func<Exception> stop)
    {
        var count = 0;
        return _ =>
        {
            if (++count == step)
            {
                throw stop();
            }
        };
    }

    private static string Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        var differing = expected.Keys.Union(actual.Keys)
            .Where(p => expected.GetValueOrDefault(p) != actual.GetValueOrDefault(p))
            .ToList();
        return $"{differing.Count} files different from a clean build, e.g. {string.Join(", ", differing.Take(5))}";
    }

    private sealed class SimulatedKill : Exception;

    /// <summary>
    /// A built site, and an edit of its input (in a copy) that keeps every page's length (the site's
    /// title), adds papers and removes a dump: writing it changes, adds and deletes files.
    /// </summary>
    public sealed class EditedSite : IDisposable
    {
        private readonly InputCopy _input = new();
        private readonly string _lastBuild;
        private int? _steps;

        public EditedSite()
        {
            Options = new BuildOptions(_input.Input, _input.Theme, _input.Output, BaseUrl) { Check = false };
            SiteBuilder.Build(Options);
            Last = SiteFiles.Of(Output);
            _lastBuild = Path.Combine(_input.Root, "last-build");
            CopyFolder(Output, _lastBuild);

            var edited = Path.Combine(_input.Root, "edited");
            CopyFolder(_input.Input, edited);
            var siteYml = Path.Combine(edited, "site.yml");
            File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("title: Paper Digest", "title: Paper Dig3st", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(edited, "dumps", "2024-03-20.txt"), "Mar 20\n\nA Brand New Zebrafish Paper\n\nWe study zebrafish reinforcement learning with diffusion models.\n");
            File.Delete(Path.Combine(edited, "dumps", "000_10d969f1bbf846d3.txt"));
            Edited = Options with { InputDir = edited };

            var fresh = Path.Combine(_input.Root, "fresh");
            SiteBuilder.Build(Edited with { OutputDir = fresh });
            Clean = SiteFiles.Of(fresh);
        }

        /// <summary>The build of the input as it was.</summary>
        internal BuildOptions Options { get; }

        /// <summary>The build of the edited input, into the same output.</summary>
        internal BuildOptions Edited { get; }

        public string Output => _input.Output;

        /// <summary>The files of the last build, before the edit.</summary>
        public SortedDictionary<string, string> Last { get; }

        /// <summary>The files a clean build of the edited input makes.</summary>
        public SortedDictionary<string, string> Clean { get; }

        /// <summary>How many steps writing the edit over the last build takes.</summary>
        public int StepsOfTheWrite() => _steps ??= CountSteps();

        private int CountSteps()
        {
            RestoreLastBuild();
            var steps = 0;
            using (WriteFaults.Arm(_ => steps++))
            {
                SiteBuilder.Build(Edited);
            }

            Assert.Equal(Clean, SiteFiles.Of(Output));
            return steps;
        }

        public void RestoreLastBuild()
        {
            Directory.Delete(Output, recursive: true);
            CopyFolder(_lastBuild, Output);
        }

        public void Dispose() => _input.Dispose();

        private static void CopyFolder(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}

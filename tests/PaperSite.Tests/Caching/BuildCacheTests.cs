using PaperSite.Caching;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Caching;

public sealed class BuildCacheTests
{
    [Fact]
    public void An_entry_reads_back_with_its_key_and_is_a_miss_with_another()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        cache.Store("entry", "key", Write);

        Assert.Equal(Expected, cache.Load("entry", "key", Read));
        Assert.Null(cache.Load("entry", "other key", Read));
        Assert.Null(cache.Load("missing", "key", Read));
    }

    /// <summary>The cache folder can be restored from a CI cache: a named pipe where an entry goes is a miss, not a build that waits forever.</summary>
    [Fact]
    public async Task An_entry_that_is_a_named_pipe_is_a_miss_and_is_replaced()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        Directory.CreateDirectory(cache.Root);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(cache.Root, "entry")))
        {
            await mkfifo.WaitForExitAsync();
        }

        var value = await Task.Run(() => cache.Load("entry", "key", Read)).WaitAsync(TimeSpan.FromSeconds(30));
        cache.Store("entry", "key", Write);

        Assert.Null(value);
        Assert.Equal(Expected, cache.Load("entry", "key", Read));
    }

    [Fact]
    public void A_long_value_goes_through_the_buffers_whole()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var texts = Enumerable.Range(0, 3000).Select(i => new string((char)('a' + (i % 26)), i) + "é").ToList();
        cache.Store("long", "key", w => texts.ForEach(w.Write));

        Assert.Equal(texts, cache.Load("long", "key", r => texts.Select(_ => r.ReadString()).ToList()));
    }

    [Fact]
    public void A_run_of_numbers_longer_than_the_buffer_reads_back_and_its_bytes_are_checked()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var numbers = Enumerable.Range(0, 100_000).Select(i => (i * 7919) - 50_000).ToArray();
        cache.Store("run", "key", w =>
        {
            w.Write("before");
            w.Write(numbers);
            w.Write(numbers.AsSpan(0, 3));
            w.Write("after");
        });
        string[] ReadRun(CacheReader r) =>
            [r.ReadString(), string.Join(',', r.ReadInt32s(numbers.Length)), string.Join(',', r.ReadInt32s(3)), r.ReadString()];

        Assert.Equal(["before", string.Join(',', numbers), string.Join(',', numbers[..3]), "after"], cache.Load("run", "key", ReadRun)!);

        var path = Path.Combine(cache.Root, "run");
        var bytes = File.ReadAllBytes(path);
        var damaged = bytes.ToArray();
        damaged[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, damaged);
        Assert.Null(cache.Load("run", "key", ReadRun));

        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Null(cache.Load("run", "key", ReadRun));
    }

    [Fact]
    public void A_damaged_or_truncated_entry_or_one_read_only_in_part_is_a_miss()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        cache.Store("entry", "key", Write);
        var path = Path.Combine(cache.Root, "entry");
        var bytes = File.ReadAllBytes(path);

        Assert.Null(cache.Load("entry", "key", r => r.ReadString()));

        var damaged = bytes.ToArray();
        damaged[^3] ^= 0x40;
        File.WriteAllBytes(path, damaged);
        Assert.Null(cache.Load("entry", "key", Read));

        for (var length = 0; length < bytes.Length; length += 7)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.Null(cache.Load("entry", "key", Read));
        }

        // A count damaged into a huge one is a miss, not an attempt to read gigabytes.
        File.WriteAllBytes(path, bytes);
        cache.Store("entry", "key", w => w.Write(int.MaxValue - 1));
        Assert.Null(cache.Load("entry", "key", r => r.ReadString()));
        Assert.Null(cache.Load("entry", "key", r => new string[r.ReadCount()]));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_a_miss_not_a_failed_build()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        File.WriteAllText(cache.Root, "a file where the cache folder would be");

        cache.Store("entry", "key", Write);

        Assert.Null(cache.Load("entry", "key", Read));
    }

    [Fact]
    public void Bytes_written_as_they_are_read_back_as_they_were()
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));
        var value = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        cache.Write("bytes", "key", value);

        Assert.Equal(value, cache.Read("bytes", "key"));
        Assert.Null(cache.Read("bytes", "another"));
    }

    [Fact]
    public void An_entry_another_version_of_the_code_wrote_is_a_miss()
    {
        using var dir = new TempDir();
        new BuildCache(dir.Combine("output"), "version 1").Store("entry", "key", Write);

        Assert.Equal(Expected, new BuildCache(dir.Combine("output"), "version 1").Load("entry", "key", Read));
        Assert.Null(new BuildCache(dir.Combine("output"), "version 2").Load("entry", "key", Read));
        Assert.Null(new BuildCache(dir.Combine("output")).Load("entry", "key", Read));
    }

    [Theory]
    [InlineData("../escaped")]
    [InlineData("sub/entry")]
    [InlineData("/tmp/entry")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("entry.tmp")]
    public void An_entry_name_that_is_not_a_plain_file_name_is_refused(string name)
    {
        using var dir = new TempDir();
        var cache = new BuildCache(dir.Combine("output"));

        Assert.Throws<ArgumentException>(() => cache.Write(name, "key", [1, 2, 3]));
        Assert.Throws<ArgumentException>(() => cache.Read(name, "key"));
        Assert.False(File.Exists(dir.Combine("escaped")));
    }

    private static readonly (string, int, bool, UInt128, float) Expected = ("text ü", -3, true, UInt128.MaxValue - 5, 0.25f);

    private static void Write(CacheWriter writer)
    {
        writer.Write(Expected.Item1);
        writer.Write(Expected.Item2);
        writer.Write(Expected.Item3);
        writer.Write(Expected.Item4);
        writer.Write(Expected.Item5);
    }

    private static object Read(CacheReader reader) =>
        (reader.ReadString(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadUInt128(), reader.ReadSingle());
}

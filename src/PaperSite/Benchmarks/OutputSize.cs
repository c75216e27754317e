using System.IO.Compression;

namespace PaperSite.Benchmarks;

/// <summary>How big a built site is, and how much of its search a browser downloads (gzipped, as hosts serve it).</summary>
/// <param name="Bytes">All files of the site.</param>
/// <param name="Files">How many files.</param>
/// <param name="SearchBytes">The files under <c>search/</c>.</param>
/// <param name="SearchGzipBytes">The same, each gzipped at <see cref="CompressionLevel.Optimal"/> (as a web server would), summed.</param>
/// <param name="SearchShards">How many lunr index shards <c>search/</c> holds.</param>
/// <param name="FirstShardGzipBytes">
/// <c>search/index.json</c> and <c>search/documents.json</c> gzipped: what the browser downloads before the first results.
/// </param>
public sealed record OutputSize(long Bytes, int Files, long SearchBytes, long SearchGzipBytes, int SearchShards, long FirstShardGzipBytes)
{
    private static readonly string[] FirstShard = ["index.json", "documents.json"];

    /// <summary>Measures the site in <paramref name="outputDir"/>.</summary>
    public static OutputSize Measure(string outputDir)
    {
        var files = new DirectoryInfo(outputDir).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var search = new DirectoryInfo(Path.Combine(outputDir, "search"));
        var searchFiles = search.Exists ? search.EnumerateFiles("*", SearchOption.AllDirectories).ToList() : [];
        return new OutputSize(
            files.Sum(f => f.Length),
            files.Count,
            searchFiles.Sum(f => f.Length),
            searchFiles.Sum(GzipLength),
            searchFiles.Count(f => f.Name.StartsWith("index", StringComparison.Ordinal) && f.Extension == ".json"),
            searchFiles.Where(f => f.Directory!.FullName == search.FullName && FirstShard.Contains(f.Name)).Sum(GzipLength));
    }

    private static long GzipLength(FileInfo file)
    {
        var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        using (var source = file.OpenRead())
        {
            source.CopyTo(gzip);
        }

        return counter.Length;
    }

    /// <summary>Counts what is written and keeps none of it: only the compressed length is wanted.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

using System.IO.Compression;

namespace PaperSite.Benchmarks;

/// <summary>How big a built site is, and how much of its search a browser downloads (gzipped, as hosts serve it).</summary>
/// <param name="Bytes">All files of the site.</param>
/// <param name="Files">How many files.</param>
/// <param name="SearchBytes">The files under <c>search/</c>.</param>
/// <param name="SearchGzipBytes">The same, each gzipped at <see cref="CompressionLevel.Optimal"/> (as a web server would), summed.</param>
/// <param name="SearchParts">How many parts the search index is split into (<c>search/index/*/p-*.json</c>, every segment's).</param>
/// <param name="LargestPartGzipBytes">The largest part, gzipped.</param>
/// <param name="MedianPartGzipBytes">The median part, gzipped.</param>
internal sealed record OutputSize(long Bytes, int Files, long SearchBytes, long SearchGzipBytes, int SearchParts, long LargestPartGzipBytes, long MedianPartGzipBytes)
{
    /// <summary>Measures the site in <paramref name="outputDir"/>.</summary>
    public static OutputSize Measure(string outputDir)
    {
        var files = new DirectoryInfo(outputDir).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var search = new DirectoryInfo(Path.Combine(outputDir, "search"));
        var searchFiles = search.Exists ? search.EnumerateFiles("*", SearchOption.AllDirectories).ToList() : [];
        var parts = searchFiles
            .Where(f => f.Directory!.Parent?.Name == "index" && f.Name.StartsWith("p-", StringComparison.Ordinal))
            .Select(GzipLength)
            .Order()
            .ToList();
        return new OutputSize(
            files.Sum(f => f.Length),
            files.Count,
            searchFiles.Sum(f => f.Length),
            searchFiles.Sum(GzipLength),
            parts.Count,
            parts.Count == 0 ? 0 : parts[^1],
            parts.Count == 0 ? 0 : parts[parts.Count / 2]);
    }

    /// <summary>The length of <paramref name="file"/> gzipped at <see cref="CompressionLevel.Optimal"/>.</summary>
    public static long GzipLength(FileInfo file)
    {
        using var source = file.OpenRead();
        return GzipLength(source);
    }

    /// <summary>The length of <paramref name="source"/> gzipped at <see cref="CompressionLevel.Optimal"/>.</summary>
    public static long GzipLength(Stream source)
    {
        var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
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

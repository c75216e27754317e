using System.Buffers.Binary;
using System.Text;
using PaperSite.FileSystem;
using PaperSite.Output;

namespace PaperSite.Caching;

/// <summary>
/// Results a build keeps for the next one, in a folder beside the output folder
/// (<c>.output.papersite-cache/</c> for <c>output/</c>), so they are never published. Each entry is
/// stored with the key of the inputs it was computed from, and a different key (or another version
/// of PaperSite) is a miss: the cache can make a build faster, never different. An entry carries a
/// checksum of its value, so a damaged or truncated one is a miss too.
/// </summary>
internal sealed class BuildCache
{
    private const int ChecksumLength = sizeof(ulong);

    private readonly string _version;

    /// <summary>The cache of the build writing into <paramref name="outputDir"/>, made by this build of PaperSite.</summary>
    public BuildCache(string outputDir)
        : this(outputDir, CodeVersion.Id)
    {
    }

    /// <summary>The cache of the build writing into <paramref name="outputDir"/>; entries another <paramref name="version"/> of the code wrote are misses.</summary>
    /// <exception cref="Diagnostics.PaperSiteException">The cache folder is a symbolic link: its entries would be written wherever it leads.</exception>
    internal BuildCache(string outputDir, string version)
    {
        Root = OutputSibling.Unlinked(outputDir, "cache");
        _version = version;
    }

    /// <summary>The cache folder.</summary>
    public string Root { get; }

    /// <summary>The entry <paramref name="name"/> when it was stored with <paramref name="key"/> and is whole, else null.</summary>
    public byte[]? Read(string name, string key) => Load(name, key, reader => reader.ReadToEnd());

    /// <summary>
    /// The entry <paramref name="name"/> stored with <paramref name="key"/>, as <paramref name="read"/> makes it
    /// of the entry's value; null when there is none, when it has another key, or when its bytes are not the
    /// bytes written (damaged, truncated, or more than <paramref name="read"/> reads).
    /// </summary>
    public T? Load<T>(string name, string key, Func<CacheReader, T> read)
        where T : class
    {
        // The usual miss (a first build) costs no exception, which is slow the first time one is thrown.
        // An entry always has bytes.
        var path = PathOf(name);
        if (!ReadableFile.HasBytes(path))
        {
            return null;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var header = Header(key);
            Span<byte> start = stackalloc byte[header.Length + ChecksumLength];
            if (file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) < start.Length || !start.StartsWith(header))
            {
                return null;
            }

            var reader = new CacheReader(file);
            var value = read(reader);
            return reader.EndsWith(BinaryPrimitives.ReadUInt64LittleEndian(start[header.Length..])) ? value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or DecoderFallbackException)
        {
            // Missing, unreadable, deleted while read, or not what was written: the work is done again.
            return null;
        }
    }

    /// <summary>Stores <paramref name="value"/> as the entry <paramref name="name"/>, computed from inputs with <paramref name="key"/>.</summary>
    public void Write(string name, string key, ReadOnlySpan<byte> value)
    {
        var bytes = value.ToArray();
        Store(name, key, writer => writer.WriteRaw(bytes));
    }

    /// <summary>
    /// Stores what <paramref name="write"/> writes as the entry <paramref name="name"/>, computed from inputs with
    /// <paramref name="key"/>. A cache that cannot be written (its folder deleted meanwhile, a full disk) only
    /// costs the next build time: the build goes on.
    /// </summary>
    public void Store(string name, string key, Action<CacheWriter> write)
    {
        var path = PathOf(name);
        var temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Root);

            // Created new, never truncated: see Output.FileBytes. A leftover of an interrupted build goes first.
            Forget(temporary);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                var header = Header(key);
                file.Write(header);
                file.Write(stackalloc byte[ChecksumLength]);
                var writer = new CacheWriter(file);
                write(writer);
                Span<byte> checksum = stackalloc byte[ChecksumLength];
                BinaryPrimitives.WriteUInt64LittleEndian(checksum, writer.Finish());
                file.Position = header.Length;
                file.Write(checksum);
            }

            // Readers see the old entry or the new one, never half of one.
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The entry stays as it was, or missing: a miss next time.
            Forget(temporary);
        }
    }

    private static void Forget(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a stray temporary file is never read.
        }
    }

    /// <summary>The file of entry <paramref name="name"/>: a plain file name, so no entry is read or written outside the cache folder.</summary>
    private string PathOf(string name) =>
        SitePath.IsPlainName(name) && !name.EndsWith(".tmp", StringComparison.Ordinal)
            ? Path.Combine(Root, name)
            : throw new ArgumentException($"'{name}' is not a plain file name", nameof(name));

    private byte[] Header(string key) => Encoding.ASCII.GetBytes(Fingerprint.Of(_version + "\n" + key) + "\n");
}

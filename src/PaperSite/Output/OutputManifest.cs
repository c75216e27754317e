using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PaperSite.Output;

/// <summary>
/// The record of the last build kept in the output folder (<c>.papersite-manifest</c>): every file
/// with its length and content hash, the base URL the site was built for, and whether the site passed
/// its checks. It lets a build tell unchanged files without reading them, and marks the folder as
/// PaperSite's to clean. While a build writes the folder, the manifest says so (<c># writing</c>, see
/// <see cref="OutputSync"/>): a manifest left so by a build that never finished is not trusted, and the
/// next build writes every file again.
/// </summary>
internal sealed class OutputManifest
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = ".papersite-manifest";

    /// <summary>The longest manifest read: a line is about a hundred bytes, so millions of files.</summary>
    private const long MaxLength = 256L << 20;

    private static ReadOnlySpan<byte> CheckedMarker => "# checked"u8;

    private static ReadOnlySpan<byte> WritingMarker => "# writing"u8;

    private static ReadOnlySpan<byte> BaseUrlPrefix => "# base-url "u8;

    private readonly Dictionary<string, OutputFileInfo> _byKey;

    // Files still on disk in their recorded size, looked at once when the manifest is loaded: a build
    // asks about every file of the site, and one look each, made on a core the build leaves idle,
    // keeps those system calls out of rendering.
    private readonly HashSet<string> _onDisk;

    private OutputManifest(IReadOnlyDictionary<string, OutputFileInfo> files, bool wasChecked, HashSet<string> onDisk, string? baseUrl = null, bool interrupted = false)
    {
        Files = files;
        Interrupted = interrupted;
        WasChecked = wasChecked;
        BaseUrl = baseUrl;
        _onDisk = onDisk;
        _byKey = IndexByKey(files.Values);
    }

    /// <summary>Files of the last build by path.</summary>
    public IReadOnlyDictionary<string, OutputFileInfo> Files { get; }

    /// <summary>True when the last build's checks found no problem.</summary>
    public bool WasChecked { get; }

    /// <summary>True when the last build's write never finished: none of its files is trusted.</summary>
    public bool Interrupted { get; }

    /// <summary>The base URL the last build made the site for; null when it did not record one.</summary>
    public string? BaseUrl { get; }

    /// <summary>An empty manifest (no previous build).</summary>
    public static OutputManifest Empty { get; } = new(new Dictionary<string, OutputFileInfo>(), false, []);

    /// <summary>
    /// Reads the manifest of <paramref name="outputDir"/>, or <see cref="Empty"/> when there is none,
    /// and looks which of its files are still on disk in their recorded size.
    /// </summary>
    public static OutputManifest Load(string outputDir)
    {
        var path = Path.Combine(outputDir, FileName);
        if (!HasBytes(path))
        {
            return Empty;
        }

        // Parsed from the bytes: a string per line and per field would be thrown away at once, and a
        // manifest has a line per file of the site.
        var bytes = File.ReadAllBytes(path).AsSpan();
        var files = new Dictionary<string, OutputFileInfo>(bytes.Count((byte)'\n'), StringComparer.Ordinal);
        var wasChecked = false;
        var interrupted = false;
        string? baseUrl = null;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            var line = bytes[range];
            if (line.SequenceEqual(CheckedMarker))
            {
                wasChecked = true;
            }
            else if (line.SequenceEqual(WritingMarker))
            {
                interrupted = true;
            }
            else if (line.StartsWith(BaseUrlPrefix))
            {
                baseUrl = Encoding.UTF8.GetString(line[BaseUrlPrefix.Length..]);
            }
            else if (Parse(line) is { } file)
            {
                files[file.Path] = file;
            }
        }

        // A write that never finished may have left any file half-way between two builds: its files
        // are still PaperSite's to clean, but none is taken for what the manifest says it is.
        return interrupted
            ? new OutputManifest(files, false, [], baseUrl, interrupted: true)
            : new OutputManifest(files, wasChecked, FilesOnDisk(Path.GetFullPath(outputDir), files.Values), baseUrl);
    }

    /// <summary>The base URL recorded in the manifest of <paramref name="outputDir"/>; null when it has none.</summary>
    public static string? BaseUrlOf(string outputDir)
    {
        var path = Path.Combine(outputDir, FileName);
        if (!HasBytes(path))
        {
            return null;
        }

        // The header comes first: no need to read a manifest of every file for it.
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (reader.ReadLine() is { } line && line.StartsWith('#'))
        {
            if (line.StartsWith("# base-url ", StringComparison.Ordinal))
            {
                return line["# base-url ".Length..];
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="path"/> is a file with bytes to read, no more than a manifest can hold.
    /// An output folder can be restored from a CI cache or edited by hand: a named pipe or a device
    /// there has no length, and reading one would wait forever; a file of gigabytes is no manifest
    /// PaperSite wrote, and reading it whole would fail or fill the memory. Either way no file of the
    /// folder is trusted, and the next write renames a manifest over it.
    /// </summary>
    private static bool HasBytes(string path) => new FileInfo(path) is { Exists: true, Length: > 0 and <= MaxLength };

    /// <summary>Writes the manifest of <paramref name="files"/> into <paramref name="outputDir"/>, replacing the old one whole.</summary>
    /// <param name="outputDir">The output folder (or the folder about to become it).</param>
    /// <param name="files">Every file of the site.</param>
    /// <param name="wasChecked">True when the site passed its checks.</param>
    /// <param name="baseUrl">The base URL the site was built for, for <c>papersite check</c>.</param>
    public static void Save(string outputDir, IEnumerable<OutputFileInfo> files, bool wasChecked, string? baseUrl = null) =>
        Write(outputDir, files, wasChecked ? CheckedMarker : [], baseUrl);

    /// <summary>
    /// Says in the manifest of <paramref name="outputDir"/> that a write is under way and may leave any
    /// of <paramref name="files"/> (the last build's and this one's) behind: until <see cref="Save"/>
    /// replaces it, a build that loads it trusts none of them and still knows them all to clean.
    /// </summary>
    internal static void SaveWriting(string outputDir, IEnumerable<OutputFileInfo> files, string? baseUrl) =>
        Write(outputDir, files, WritingMarker, baseUrl);

    private static void Write(string outputDir, IEnumerable<OutputFileInfo> files, ReadOnlySpan<byte> marker, string? baseUrl)
    {
        var text = new ArrayBufferWriter<byte>(64 * 1024);
        if (!marker.IsEmpty)
        {
            text.Write(marker);
            text.Write("\n"u8);
        }

        if (baseUrl is not null)
        {
            text.Write(BaseUrlPrefix);
            text.Write(Encoding.UTF8.GetBytes(baseUrl));
            text.Write("\n"u8);
        }

        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // Written with no string between; the length takes at most 20 digits.
            var room = text.GetSpan(Encoding.UTF8.GetMaxByteCount(file.Hash.Length + (file.Key?.Length ?? 1) + file.Path.Length) + 24);
            if (!Utf8.TryWrite(room, CultureInfo.InvariantCulture, $"{file.Hash} {file.Length} {file.Key ?? "-"} {file.Path}\n", out var written))
            {
                throw new InvalidOperationException($"manifest line of {file.Path} is longer than its room");
            }

            text.Advance(written);
        }

        // Beside the output folder, never in it, and renamed over the old manifest: a build killed or
        // a disk filled meanwhile leaves the old manifest whole, never part of one.
        FileBytes.Replace(Path.Combine(outputDir, FileName), text.WrittenSpan, OutputSibling.Folder(outputDir, "manifest"));
    }

    /// <summary>A line "hash length key path" (a key of "-" means none; a path may hold spaces); null when it is not one.</summary>
    private static OutputFileInfo? Parse(ReadOnlySpan<byte> line)
    {
        var hash = NextField(ref line);
        var lengthField = NextField(ref line);
        var key = NextField(ref line);
        if (line.IsEmpty || !long.TryParse(lengthField, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return null;
        }

        // The manifest can be edited, or restored from a CI cache: a path that leaves the output
        // folder is not one of its files, and is never read, kept or deleted.
        var path = Encoding.UTF8.GetString(line);
        if (!SitePath.IsInside(path))
        {
            return null;
        }

        return new OutputFileInfo(
            path,
            length,
            Encoding.UTF8.GetString(hash),
            key.SequenceEqual("-"u8) ? null : Encoding.UTF8.GetString(key));
    }

    /// <summary>The text up to the next space, which <paramref name="line"/> then starts after; all of it (and none left) when it has no space.</summary>
    private static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> line)
    {
        var space = line.IndexOf((byte)' ');
        var field = space < 0 ? line : line[..space];
        line = space < 0 ? [] : line[(space + 1)..];
        return field;
    }

    /// <summary>True when <paramref name="file"/> has the same bytes as last time and is still on disk untouched in size.</summary>
    public bool IsUnchanged(OutputFileInfo file) =>
        Files.TryGetValue(file.Path, out var previous)
        && previous.Length == file.Length
        && previous.Hash == file.Hash
        && _onDisk.Contains(previous.Path);

    /// <summary>The last build's file at <paramref name="path"/> when it was made from inputs with the same <paramref name="key"/> and is still on disk.</summary>
    public OutputFileInfo? Reusable(string path, string key) =>
        Files.TryGetValue(path, out var previous) && previous.Key == key && _onDisk.Contains(path) ? previous : null;

    /// <summary>
    /// The last build's file made from inputs with <paramref name="key"/>, wherever it was, while it
    /// is still on disk. A key fingerprints everything a file's bytes follow from, so that file's
    /// bytes are the ones wanted (a search shard that was the newest is the same shard once numbered).
    /// </summary>
    public OutputFileInfo? WithKey(string key) =>
        _byKey.TryGetValue(key, out var previous) && _onDisk.Contains(previous.Path) ? previous : null;

    private static Dictionary<string, OutputFileInfo> IndexByKey(IEnumerable<OutputFileInfo> files)
    {
        var byKey = new Dictionary<string, OutputFileInfo>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (file.Key is { } key)
            {
                byKey.TryAdd(key, file);
            }
        }

        return byKey;
    }

    private static HashSet<string> FilesOnDisk(string outputDir, IEnumerable<OutputFileInfo> files)
    {
        var onDisk = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (new FileInfo(Path.Combine(outputDir, file.Path)) is { Exists: true } disk && disk.Length == file.Length)
            {
                onDisk.Add(file.Path);
            }
        }

        return onDisk;
    }
}

using System.Globalization;
using System.Text;

namespace PaperSite.Output;

/// <summary>
/// The record of the last build kept in the output folder (<c>.papersite-manifest</c>): every file
/// with its length and content hash, and whether the site passed its checks. It lets a build tell
/// unchanged files without reading them, and marks the folder as PaperSite's to clean.
/// </summary>
public sealed class OutputManifest
{
    /// <summary>The manifest's file name in the output folder.</summary>
    public const string FileName = ".papersite-manifest";

    private const string CheckedMarker = "# checked";

    private readonly Lazy<Dictionary<string, OutputFileInfo>> _byKey;

    private OutputManifest(IReadOnlyDictionary<string, OutputFileInfo> files, bool wasChecked)
    {
        Files = files;
        WasChecked = wasChecked;
        _byKey = new(() => IndexByKey(files.Values));
    }

    /// <summary>Files of the last build by path.</summary>
    public IReadOnlyDictionary<string, OutputFileInfo> Files { get; }

    /// <summary>True when the last build's checks found no problem.</summary>
    public bool WasChecked { get; }

    /// <summary>An empty manifest (no previous build).</summary>
    public static OutputManifest Empty { get; } = new(new Dictionary<string, OutputFileInfo>(), false);

    /// <summary>Reads the manifest of <paramref name="outputDir"/>, or <see cref="Empty"/> when there is none.</summary>
    public static OutputManifest Load(string outputDir)
    {
        var path = Path.Combine(outputDir, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        var files = new Dictionary<string, OutputFileInfo>(StringComparer.Ordinal);
        var wasChecked = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line == CheckedMarker)
            {
                wasChecked = true;
                continue;
            }

            // hash length key path; a key of "-" means none.
            var parts = line.Split(' ', 4);
            if (parts.Length == 4 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                files[parts[3]] = new OutputFileInfo(parts[3], length, parts[0], parts[2] == "-" ? null : parts[2]);
            }
        }

        return new OutputManifest(files, wasChecked);
    }

    /// <summary>Writes the manifest of <paramref name="files"/> into <paramref name="outputDir"/>.</summary>
    public static void Save(string outputDir, IEnumerable<OutputFileInfo> files, bool wasChecked)
    {
        var text = new StringBuilder();
        if (wasChecked)
        {
            text.Append(CheckedMarker).Append('\n');
        }

        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(file.Hash).Append(' ').Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(file.Key ?? "-").Append(' ').Append(file.Path).Append('\n');
        }

        FileBytes.Overwrite(Path.Combine(outputDir, FileName), Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>True when <paramref name="file"/> has the same bytes as last time and is still on disk untouched in size.</summary>
    public bool IsUnchanged(string outputDir, OutputFileInfo file) =>
        Files.TryGetValue(file.Path, out var previous)
        && previous.Length == file.Length
        && previous.Hash == file.Hash
        && OnDisk(outputDir, previous);

    /// <summary>The last build's file at <paramref name="path"/> when it was made from inputs with the same <paramref name="key"/> and is still on disk.</summary>
    public OutputFileInfo? Reusable(string outputDir, string path, string key) =>
        Files.TryGetValue(path, out var previous) && previous.Key == key && OnDisk(outputDir, previous) ? previous : null;

    /// <summary>
    /// The last build's file made from inputs with <paramref name="key"/>, wherever it was, while it
    /// is still on disk. A key fingerprints everything a file's bytes follow from, so that file's
    /// bytes are the ones wanted (a search shard that was the newest is the same shard once numbered).
    /// </summary>
    public OutputFileInfo? WithKey(string outputDir, string key) =>
        _byKey.Value.TryGetValue(key, out var previous) && OnDisk(outputDir, previous) ? previous : null;

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

    private static bool OnDisk(string outputDir, OutputFileInfo file) =>
        new FileInfo(Path.Combine(outputDir, file.Path)) is { Exists: true } disk && disk.Length == file.Length;
}

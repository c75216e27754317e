using PaperSite.Output;

namespace PaperSite.Caching;

/// <summary>
/// Results a build keeps for the next one, in a folder beside the output folder
/// (<c>.output.papersite-cache/</c> for <c>output/</c>), so they are never published. Each entry is
/// stored with the key of the inputs it was computed from, and a different key (or another version
/// of PaperSite) is a miss: the cache can make a build faster, never different.
/// </summary>
public sealed class BuildCache
{
    private static readonly string Version = typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The cache of the build writing into <paramref name="outputDir"/>.</summary>
    public BuildCache(string outputDir)
    {
        Root = OutputSibling.Folder(outputDir, "cache");
    }

    /// <summary>The cache folder.</summary>
    public string Root { get; }

    /// <summary>The entry <paramref name="name"/> when it was stored with <paramref name="key"/>, else null.</summary>
    public byte[]? Read(string name, string key)
    {
        var path = Path.Combine(Root, name);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var header = Header(key);
        return bytes.AsSpan().StartsWith(header) ? bytes[header.Length..] : null;
    }

    /// <summary>Stores <paramref name="value"/> as the entry <paramref name="name"/>, computed from inputs with <paramref name="key"/>.</summary>
    public void Write(string name, string key, ReadOnlySpan<byte> value)
    {
        Directory.CreateDirectory(Root);
        var path = Path.Combine(Root, name);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            file.Write(Header(key));
            file.Write(value);
        }

        // Readers see the old entry or the new one, never half of one.
        File.Move(temporary, path, overwrite: true);
    }

    private static byte[] Header(string key) => System.Text.Encoding.ASCII.GetBytes(Fingerprint.Of(Version + "\n" + key) + "\n");
}

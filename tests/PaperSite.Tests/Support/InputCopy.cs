namespace PaperSite.Tests.Support;

/// <summary>A copy of the shipped input (and optionally theme) that a test may change.</summary>
public sealed class InputCopy : IDisposable
{
    private readonly TempDir _dir = new();

    public InputCopy(bool withDumps = true)
    {
        Copy(RepoPaths.Input, Input, withDumps);
        Copy(RepoPaths.Theme, Theme, true);
    }

    public string Root => _dir.Path;

    public string Input => _dir.Combine("input");

    public string Theme => _dir.Combine("theme");

    public string Output => _dir.Combine("output");

    public string Write(string relativePath, string text) => _dir.Write(relativePath, text);

    public void WriteBytes(string relativePath, byte[] bytes) => File.WriteAllBytes(_dir.Combine(relativePath), bytes);

    public void Dispose() => _dir.Dispose();

    private static void Copy(string from, string to, bool withDumps)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("node_modules", StringComparison.Ordinal) || (!withDumps && relative.StartsWith("dumps", StringComparison.Ordinal)))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(to, "dumps"));
    }
}

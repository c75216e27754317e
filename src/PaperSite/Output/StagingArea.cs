using System.Collections.Concurrent;
using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// Where a build keeps the files it changed until every stage has succeeded, so a failed build
/// leaves the output folder as it was. Changed files are held in memory up to a budget; past it (a
/// first build, or a new theme) they go to a folder beside the output folder (same disk), and a
/// first build turns that whole folder into the output folder with one rename. A file no longer
/// than the one it replaces is written over it in place, which needs no space a full disk could
/// refuse, and frees no blocks: a daily build changes thousands of pages, and freeing each old
/// one's blocks is what made renaming new files over them slow. A longer file is written whole
/// beside the output folder and renamed over the old one, so a full disk never cuts a page short.
/// </summary>
internal sealed class StagingArea : IDisposable
{
    /// <summary>How many bytes of changed files are held in memory before the rest go to disk.</summary>
    public const long DefaultMemoryBudget = 256L << 20;

    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _inMemory = new(StringComparer.Ordinal);
    private readonly long _memoryBudget;
    private long _inMemoryBytes;

    /// <summary>Creates an empty staging area for <paramref name="outputDir"/>.</summary>
    /// <param name="outputDir">The output folder the files are for.</param>
    /// <param name="memoryBudget">Bytes of files to hold in memory; 0 stages everything on disk.</param>
    public StagingArea(string outputDir, long memoryBudget = DefaultMemoryBudget)
    {
        Root = OutputSibling.Folder(outputDir, "staging");

        // A first build writes everything anyway: on disk, so the folder can become the output.
        _memoryBudget = IsEmpty(outputDir) ? 0 : memoryBudget;
        Discard();
        Directory.CreateDirectory(Root);
    }

    /// <summary>The staging folder for files beyond the memory budget.</summary>
    public string Root { get; }

    /// <summary>Stages a changed file.</summary>
    public void Write(string path, byte[] bytes)
    {
        if (TryKeepInMemory(path, bytes))
        {
            return;
        }

        WriteToDisk(path, bytes);
    }

    private void WriteToDisk(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        var folder = Path.GetDirectoryName(full)!;
        if (_folders.TryAdd(folder, true))
        {
            Directory.CreateDirectory(folder);
        }

        FileBytes.WriteNew(full, bytes);
    }

    private bool TryKeepInMemory(string path, byte[] bytes)
    {
        // No budget means a first build: every file goes on disk, empty ones too, or the folder
        // could not become the output in one rename and each file would be moved on its own.
        if (_memoryBudget == 0)
        {
            return false;
        }

        if (Interlocked.Add(ref _inMemoryBytes, bytes.Length) <= _memoryBudget)
        {
            _inMemory[path] = bytes;
            return true;
        }

        Interlocked.Add(ref _inMemoryBytes, -bytes.Length);
        return false;
    }

    /// <summary>
    /// True when the output folder is empty and every file is staged on disk (a first build): the
    /// staging folder can become the output folder whole (<see cref="TryBecomeOutput"/>).
    /// </summary>
    public bool CanBecome(string outputDir) => IsEmpty(outputDir) && _inMemory.IsEmpty;

    /// <summary>
    /// Turns the staging folder, with every file of the site in it, into <paramref name="outputDir"/> in
    /// one rename. False, and nothing changed, when the empty output folder cannot be removed to make
    /// room: a mount point (a Docker volume, a disk of its own) or a folder in one this user may not
    /// write. Its files must then be moved in one by one.
    /// </summary>
    public bool TryBecomeOutput(string outputDir)
    {
        if (Directory.Exists(outputDir))
        {
            try
            {
                Directory.Delete(outputDir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        WriteFaults.Step(outputDir);
        Directory.Move(Root, outputDir);
        return true;
    }

    /// <summary>Puts every staged file in <paramref name="outputDir"/>, over what is there (see the class).</summary>
    /// <exception cref="PaperSiteException">A folder on the way to a file is a symbolic link.</exception>
    public void CommitTo(string outputDir, IEnumerable<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var target = Path.Combine(outputDir, path);
            var folder = Path.GetDirectoryName(target)!;
            if (folders.Add(folder))
            {
                // An output folder restored from a CI cache could hold a link to anywhere.
                if (!SitePath.HasNoLinkedFolder(outputDir, path))
                {
                    throw new PaperSiteException(Path.GetRelativePath(outputDir, folder), null, "is a symbolic link in the output folder; PaperSite writes no file through one: remove it and build again");
                }

                Directory.CreateDirectory(folder);
            }

            WriteFaults.Step(target);
            if (_inMemory.TryGetValue(path, out var bytes))
            {
                if (FileBytes.TryOverwrite(target, bytes))
                {
                    continue;
                }

                // Longer than the old file: written whole beside the output folder first, where a
                // full disk stops it.
                WriteToDisk(path, bytes);
            }

            File.Move(Path.Combine(Root, path), target, overwrite: true);
        }
    }

    /// <summary>Deletes the staging folder and anything in it.</summary>
    public void Discard()
    {
        _inMemory.Clear();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => Discard();

    private static bool IsEmpty(string dir) => !Directory.Exists(dir) || !Directory.EnumerateFileSystemEntries(dir).Any();
}

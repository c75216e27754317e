using System.Diagnostics;
using System.Globalization;
using PaperSite.Diagnostics;

namespace PaperSite.Output;

/// <summary>
/// One build at a time per output folder: a lock file beside it (<c>.output.papersite-lock</c>),
/// held locked by the build for as long as it runs. The OS drops the lock when the process ends,
/// however it ends, so a killed build never leaves the folder locked. The file stays: deleting it
/// would let a third build lock a new file while a second holds the old one. Who took it last is
/// written beside it (<c>.output.papersite-lock-holder</c>): .NET takes a shared lock to read a file,
/// so the locked file itself cannot be read while it is held.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    // What .NET reports when another open file holds the lock: ERROR_SHARING_VIOLATION on Windows,
    // the errno of a refused flock (EWOULDBLOCK: 11 on Linux, 35 on macOS) elsewhere.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int WouldBlockLinux = 11;
    private const int WouldBlockMac = 35;

    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Locks <paramref name="outputDir"/> for this build, waiting up to <paramref name="wait"/> for another build to end.</summary>
    /// <exception cref="PaperSiteException">Another build still holds the folder after <paramref name="wait"/>.</exception>
    public static OutputLock Take(string outputDir, TimeSpan wait)
    {
        // The holder's line would be written over whatever a link leads to.
        var path = OutputSibling.Unlinked(outputDir, "lock");
        var holderPath = OutputSibling.Unlinked(outputDir, "lock-holder");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                File.WriteAllText(holderPath, string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"));
                return new OutputLock(file);
            }
            catch (IOException e) when (e.HResult is SharingViolation or WouldBlockLinux or WouldBlockMac)
            {
                if (clock.Elapsed >= wait)
                {
                    throw new PaperSiteException(outputDir, null, $"another papersite build ({Holder(holderPath)}) is writing this output folder; wait for it to end, or pass another --output", e);
                }

                Thread.Sleep(Retry);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    /// <summary>Who holds the lock, as its holder wrote it.</summary>
    private static string Holder(string holderPath)
    {
        try
        {
            var text = File.ReadLines(holderPath).FirstOrDefault()?.Trim() ?? "";
            return text.Length == 0 ? "unknown process" : text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown process";
        }
    }
}

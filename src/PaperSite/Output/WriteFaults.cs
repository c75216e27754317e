namespace PaperSite.Output;

/// <summary>
/// Where tests make a write fail: before each step that changes the output folder (a file written,
/// moved in or deleted, the manifest replaced), <see cref="Step"/> runs the hook set for the current
/// flow of execution, which may throw as a killed process or a full disk would stop the write there.
/// No hook is ever set outside tests.
/// </summary>
internal static class WriteFaults
{
    private static readonly AsyncLocal<Action<string>?> Hook = new();

    /// <summary>True when a hook is set for this flow of execution.</summary>
    public static bool IsArmed => Hook.Value is not null;

    /// <summary>Runs <paramref name="hook"/> before every step of the writes this flow of execution makes, until disposed.</summary>
    public static IDisposable Arm(Action<string> hook)
    {
        Hook.Value = hook;
        return new Disarm();
    }

    /// <summary>A step of a write is about to change <paramref name="path"/>.</summary>
    public static void Step(string path) => Hook.Value?.Invoke(path);

    private sealed class Disarm : IDisposable
    {
        public void Dispose() => Hook.Value = null;
    }
}

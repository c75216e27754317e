using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace PaperSite.Benchmarks;

/// <summary>What the figures were measured on, since they mean little without it.</summary>
/// <param name="Cores">Logical processors the process may use.</param>
/// <param name="MemoryBytes">Memory the GC may use (the machine's, or the container's limit).</param>
/// <param name="Os">Operating system.</param>
/// <param name="Runtime">.NET version.</param>
/// <param name="Optimized">False for a Debug build of PaperSite, whose figures are not representative.</param>
/// <param name="ServerGc">Whether the server garbage collector is on.</param>
/// <param name="Compilation">How PaperSite's code was compiled (see <see cref="CodeCompilation"/>).</param>
/// <param name="WriteXorExecute">Whether the runtime maps the code it writes twice (W^X, see <see cref="IsWriteXorExecute"/>).</param>
internal sealed record MachineInfo(int Cores, long MemoryBytes, string Os, string Runtime, bool Optimized, bool ServerGc, string Compilation, bool WriteXorExecute)
{
    /// <summary>This process's machine and build.</summary>
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        IsOptimized(),
        GCSettings.IsServerGC,
        CodeCompilation.Current(),
        IsWriteXorExecute(Environment.GetEnvironmentVariable, AppContext.GetData(WriteXorExecuteSetting)));

    /// <summary>The runtime setting that turns W^X off when 0 (the CLI's project sets it).</summary>
    public const string WriteXorExecuteSetting = "System.Runtime.EnableWriteXorExecute";

    /// <summary>
    /// Whether the runtime keeps W^X on, as it decides: the environment variable first (either
    /// prefix), then the runtime setting, on by default. Any value but 0 (or false) leaves it on.
    /// </summary>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="setting">The value of <see cref="WriteXorExecuteSetting"/> in the runtime's configuration, if any.</param>
    public static bool IsWriteXorExecute(Func<string, string?> environment, object? setting)
    {
        var value = (environment("DOTNET_EnableWriteXorExecute") ?? environment("COMPlus_EnableWriteXorExecute") ?? setting?.ToString())?.Trim();
        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        // The runtime reads its numeric settings as hexadecimal.
        return !int.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number) || number != 0;
    }

    /// <summary>One line, e.g. <c>2 cores, 23.4 GiB, Ubuntu 24.04, .NET 10.0.0, Release, ReadyToRun, workstation GC, W^X off</c>.</summary>
    public override string ToString() =>
        $"{Cores} cores, {MemoryBytes / (double)(1L << 30):F1} GiB, {Os}, {Runtime} {RuntimeInformation.ProcessArchitecture}, " +
        $"{(Optimized ? "Release" : "Debug (unoptimised: figures not representative)")}, {Compilation}, {(ServerGc ? "server" : "workstation")} GC, W^X {(WriteXorExecute ? "on" : "off")}";

    private static bool IsOptimized()
    {
        var debuggable = typeof(MachineInfo).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().FirstOrDefault();
        return debuggable is null || !debuggable.IsJITOptimizerDisabled;
    }
}

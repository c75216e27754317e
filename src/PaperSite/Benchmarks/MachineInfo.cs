using System.Diagnostics;
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
public sealed record MachineInfo(int Cores, long MemoryBytes, string Os, string Runtime, bool Optimized, bool ServerGc, string Compilation)
{
    /// <summary>This process's machine and build.</summary>
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        IsOptimized(),
        GCSettings.IsServerGC,
        CodeCompilation.Current());

    /// <summary>One line, e.g. <c>2 cores, 23.4 GiB, Ubuntu 24.04, .NET 10.0.0, Release, ReadyToRun, workstation GC</c>.</summary>
    public override string ToString() =>
        $"{Cores} cores, {MemoryBytes / (double)(1L << 30):F1} GiB, {Os}, {Runtime} {RuntimeInformation.ProcessArchitecture}, " +
        $"{(Optimized ? "Release" : "Debug (unoptimised: figures not representative)")}, {Compilation}, {(ServerGc ? "server" : "workstation")} GC";

    private static bool IsOptimized()
    {
        var debuggable = typeof(MachineInfo).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().FirstOrDefault();
        return debuggable is null || !debuggable.IsJITOptimizerDisabled;
    }
}

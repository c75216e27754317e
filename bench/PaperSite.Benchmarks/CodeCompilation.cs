using System.Reflection.PortableExecutable;

namespace PaperSite.Benchmarks;

/// <summary>
/// How the running PaperSite was compiled. The same build starts a few hundred milliseconds later
/// when its code is compiled as it runs, so benchmark figures name it.
/// </summary>
internal static class CodeCompilation
{
    /// <summary><c>JIT</c>, <c>ReadyToRun</c> or <c>composite ReadyToRun, self-contained</c>, for this process.</summary>
    public static string Current()
    {
        var assembly = typeof(CodeCompilation).Assembly.Location;
        if (assembly.Length == 0 || !IsReadyToRun(assembly))
        {
            return "JIT";
        }

        // A composite build puts the code of the runtime, the libraries and PaperSite in one image beside them.
        return Directory.EnumerateFiles(AppContext.BaseDirectory, "*.r2r.dll").Any()
            ? "composite ReadyToRun, self-contained"
            : "ReadyToRun";
    }

    /// <summary>True when the assembly at <paramref name="path"/> carries precompiled native code.</summary>
    public static bool IsReadyToRun(string path)
    {
        using var file = File.OpenRead(path);
        using var pe = new PEReader(file);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}

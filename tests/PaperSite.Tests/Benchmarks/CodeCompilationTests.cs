using PaperSite.Benchmarks;

namespace PaperSite.Tests.Benchmarks;

/// <summary>Benchmark figures name how PaperSite was compiled; the tests run it compiled as it runs.</summary>
public sealed class CodeCompilationTests
{
    [Fact]
    public void The_runtimes_own_library_is_precompiled_and_the_test_build_of_papersite_is_not()
    {
        Assert.True(CodeCompilation.IsReadyToRun(typeof(object).Assembly.Location));
        Assert.False(CodeCompilation.IsReadyToRun(typeof(CodeCompilation).Assembly.Location));
        Assert.Equal("JIT", CodeCompilation.Current());
        Assert.Contains(", JIT, ", MachineInfo.Current().ToString());
    }
}

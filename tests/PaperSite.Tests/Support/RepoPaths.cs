namespace PaperSite.Tests.Support;

/// <summary>Locates the checkout the tests run from, so tests can read <c>input/</c>, <c>theme/</c> and golden files.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Dumps => Path.Combine(Input, "dumps");

    /// <summary>Golden files live in the source tree, not the build output, so a test can rewrite them on request.</summary>
    public static string Golden => Path.Combine(Root, "tests", "PaperSite.Tests", "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find PaperSite.sln above " + AppContext.BaseDirectory);
    }
}

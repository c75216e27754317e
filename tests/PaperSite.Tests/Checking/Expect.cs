namespace PaperSite.Tests.Checking;

/// <summary>Asserts the exact problems a site has, as <c>file | kind | where</c> lines, so a missing or extra problem fails.</summary>
internal static class Expect
{
    public static void Problems(TestSite site, params string[] expected)
    {
        var report = site.Check();
        var actual = report.Problems.Select(p => $"{p.File} | {p.Kind} | {p.Where}").ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", report.Problems)}");
    }
}

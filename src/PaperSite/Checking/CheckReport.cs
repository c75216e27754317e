namespace PaperSite.Checking;

/// <summary>The outcome of checking a built site.</summary>
/// <param name="Problems">Every problem found, sorted by <see cref="CheckProblem.Order"/>.</param>
/// <param name="PagesChecked">How many HTML pages were read.</param>
/// <param name="FeedsChecked">How many RSS and Atom feeds were read.</param>
internal sealed record CheckReport(IReadOnlyList<CheckProblem> Problems, int PagesChecked, int FeedsChecked)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsClean => Problems.Count == 0;

    /// <summary>How many distinct files have at least one problem.</summary>
    public int FilesWithProblems => Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();

    /// <summary>One line for the end of a run: <c>3 problems in 2 files</c> or <c>checked 10 pages, 2 feeds: no problems</c>.</summary>
    public string Summary() => IsClean
        ? $"checked {Count(PagesChecked, "page")}, {Count(FeedsChecked, "feed")}: no problems"
        : $"{Count(Problems.Count, "problem")} in {Count(FilesWithProblems, "file")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

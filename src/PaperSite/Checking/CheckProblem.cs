namespace PaperSite.Checking;

/// <summary>One thing wrong with a built site.</summary>
/// <param name="File">The file the problem is in, relative to the output folder, with <c>/</c> separators.</param>
/// <param name="Kind">A short stable code such as <c>broken-link</c>; see <see cref="ProblemKinds"/>.</param>
/// <param name="Detail">What is wrong, in words.</param>
/// <param name="Where">The offending href, element or line, when there is one.</param>
internal sealed record CheckProblem(string File, string Kind, string Detail, string? Where)
{
    /// <summary>Orders problems by file, kind, where and detail, all ordinal, so reports are stable across runs.</summary>
    public static IComparer<CheckProblem> Order { get; } = Comparer<CheckProblem>.Create(Compare);

    /// <summary>The problem as one line: <c>file: kind: detail (where)</c>.</summary>
    public override string ToString() =>
        Where is null ? $"{File}: {Kind}: {Detail}" : $"{File}: {Kind}: {Detail} ({Where})";

    private static int Compare(CheckProblem? a, CheckProblem? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var byFile = string.CompareOrdinal(a.File, b.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byKind = string.CompareOrdinal(a.Kind, b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byWhere = string.CompareOrdinal(a.Where, b.Where);
        return byWhere != 0 ? byWhere : string.CompareOrdinal(a.Detail, b.Detail);
    }
}

namespace PaperSite.Dumps;

/// <summary>
/// The years a digest may have, wherever the year comes from (a file name, a date line,
/// <c>year:</c> in site.yml): listing pages of research papers, with room on both sides.
/// </summary>
internal static class YearRange
{
    /// <summary>The first year allowed.</summary>
    public const int Min = 1900;

    /// <summary>The last year allowed.</summary>
    public const int Max = 2099;

    /// <summary>True when <paramref name="year"/> is in the range.</summary>
    public static bool Contains(int year) => year is >= Min and <= Max;
}

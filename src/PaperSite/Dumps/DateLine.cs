using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperSite.Dumps;

/// <summary>A date line as listing pages print it: <c>Mar 11</c>, <c>March 11, 2024</c>, <c>2024-03-11</c>.</summary>
/// <param name="Month">1–12.</param>
/// <param name="Day">1–31.</param>
/// <param name="Year">The year when the line has one.</param>
internal sealed partial record DateLine(int Month, int Day, int? Year)
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses a whole line as a date, or returns null when it is anything else.</summary>
    public static DateLine? TryParse(string text)
    {
        if (text.Length > 20)
        {
            return null;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Valid(Int(iso, "m"), Int(iso, "d"), Int(iso, "y"));
        }

        var named = MonthDay().Match(text);
        if (!named.Success)
        {
            return null;
        }

        var month = Array.IndexOf(MonthNames, named.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        int? year = named.Groups["y"].Success ? Int(named, "y") : null;
        return month == 0 ? null : Valid(month, Int(named, "d"), year);
    }

    /// <summary>True when <paramref name="text"/> is written as a date, real or not (<c>2024-02-30</c>, <c>Mar 32</c>).</summary>
    public static bool IsDateShaped(string text) => text.Length <= 20 && (IsoDate().IsMatch(text) || MonthDay().IsMatch(text));

    /// <summary>True when the line has a year outside <see cref="YearRange"/> (<c>0000-03-11</c>): a date line, but no date.</summary>
    public bool YearOutOfRange => Year is { } year && !YearRange.Contains(year);

    /// <summary>The date in <paramref name="year"/>, or this line's own year when it has one; null without a year in <see cref="YearRange"/>.</summary>
    public DateOnly? In(int? year)
    {
        var y = Year ?? year;
        return y is { } value && YearRange.Contains(value) && Day <= DateTime.DaysInMonth(value, Month) ? new DateOnly(value, Month, Day) : null;
    }

    // A year outside the range still makes a date line (it is no title), checked against a leap year.
    private static DateLine? Valid(int month, int day, int? year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is { } y && YearRange.Contains(y) ? y : 2000, month)
            ? new DateLine(month, day, year)
            : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?<d>\d{1,2})(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex MonthDay();
}

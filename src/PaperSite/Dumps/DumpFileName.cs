using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperSite.Dumps;

/// <summary>What a dump's file name says about its date: <c>2024-03-11.txt</c>, or just a year.</summary>
internal static partial class DumpFileName
{
    /// <summary>The <c>YYYY-MM-DD</c> date in the name, if it is a real date.</summary>
    public static DateOnly? Date(string fileName)
    {
        var m = IsoDate().Match(fileName);
        return m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>A year (1900–2099) standing alone in the name, for date lines that have none.</summary>
    public static int? Year(string fileName)
    {
        var m = Year4().Match(Path.GetFileNameWithoutExtension(fileName));
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(19|20)\d{2}(?![0-9A-Za-z])")]
    private static partial Regex Year4();
}

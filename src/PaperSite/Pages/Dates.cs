using System.Globalization;

namespace PaperSite.Pages;

/// <summary>How dates are shown: one format everywhere, culture-independent.</summary>
public static class Dates
{
    /// <summary>"11 Mar 2024".</summary>
    public static string? Display(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2024-03-11".</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

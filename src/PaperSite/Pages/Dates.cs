using System.Collections.Concurrent;
using System.Globalization;

namespace PaperSite.Pages;

/// <summary>How dates are shown: one format everywhere, culture-independent.</summary>
internal static class Dates
{
    // A site has a few hundred dates and thousands of papers showing them: each date is formatted once.
    private static readonly ConcurrentDictionary<DateOnly, string> Displayed = new();
    private static readonly ConcurrentDictionary<DateOnly, string> IsoForms = new();

    /// <summary>"11 Mar 2024".</summary>
    public static string? Display(DateOnly? date) =>
        date is { } day ? Displayed.GetOrAdd(day, static d => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture)) : null;

    /// <summary>"2024-03-11".</summary>
    public static string? Iso(DateOnly? date) =>
        date is { } day ? IsoForms.GetOrAdd(day, static d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;
}

using PaperSite.Model;

namespace PaperSite.Tests.Related;

/// <summary>Papers with just the text the related-papers finder reads.</summary>
internal static class TestPapers
{
    public static Paper Paper(string title, string abstractText, string slug = "p") => new(slug, title, abstractText, []);
}

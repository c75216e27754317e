using PaperSite.Pages.Views;
using PaperSite.Papers;

namespace PaperSite.Pages;

/// <summary>Splits an abstract into text runs and the URLs found in it, so templates can link them.</summary>
internal static class AbstractSegments
{
    /// <summary>The runs of <paramref name="text"/>; concatenated, their texts give the abstract back.</summary>
    public static IReadOnlyList<TextSegment> Of(string text)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var found in LinkExtractor.Find(text))
        {
            if (found.Index > at)
            {
                segments.Add(new TextSegment(text[at..found.Index], null));
            }

            segments.Add(new TextSegment(found.Url, found.Url));
            at = found.Index + found.Url.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new TextSegment(text[at..], null));
        }

        return segments;
    }
}

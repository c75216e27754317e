namespace PaperSite.Model;

/// <summary>A URL found in an abstract.</summary>
/// <param name="Url">The URL without trailing punctuation.</param>
/// <param name="Label">What the paper page shows: "Code" for GitHub, else the host name.</param>
internal sealed record PaperLink(string Url, string Label)
{
    /// <summary>True for links to source code hosting (GitHub).</summary>
    public bool IsCode => Label == "Code";
}

namespace PaperSite.Papers;

/// <summary>
/// Hands out unique slugs. The first claimant of a readable slug keeps it; later ones with the
/// same readable part (<c>A/B Testing</c> after <c>A-B Testing</c>) get a tag from their own text,
/// so a slug never depends on which other papers exist, only on who came first. A Windows device
/// name (<c>CON</c>) is tagged too.
/// </summary>
internal sealed class SlugAllocator
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly string _fallback;

    /// <summary>Creates an allocator; <paramref name="fallback"/> names texts with no readable letters (CJK titles).</summary>
    public SlugAllocator(string fallback) => _fallback = fallback;

    /// <summary>Reserves a slug that must not be handed out (e.g. a fixed page's name).</summary>
    public void Reserve(string slug) => _taken.Add(slug);

    /// <summary>A unique slug for <paramref name="text"/>; <paramref name="key"/> identifies the text for its tag.</summary>
    public string Allocate(string text, string key)
    {
        var readable = Slug.From(text);
        if (readable.Length > 0 && !Slug.IsDeviceName(readable) && _taken.Add(readable))
        {
            return readable;
        }

        var tagged = $"{(readable.Length > 0 ? readable : _fallback)}-{Slug.Tag(key)}";
        for (var n = 2; !_taken.Add(tagged); n++)
        {
            tagged = $"{(readable.Length > 0 ? readable : _fallback)}-{Slug.Tag(key)}-{n}";
        }

        return tagged;
    }
}

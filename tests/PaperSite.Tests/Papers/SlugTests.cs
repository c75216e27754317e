using PaperSite.Papers;

namespace PaperSite.Tests.Papers;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Matryoshka Representation Learning", "matryoshka-representation-learning")]
    [InlineData("Fréchet Cumulative Covariance Net", "frechet-cumulative-covariance-net")]
    [InlineData("BT^2: Backward-compatible Training", "bt-2-backward-compatible-training")]
    [InlineData("ΟΔΟΣ: a Greek road", "odos-a-greek-road")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("Straße über Øresund", "strasse-uber-oresund")]
    [InlineData("e\u0301-\u0301-x ﬃ—ĳ", "e-x-ffi-ij")]
    [InlineData("A/B  Testing!", "a-b-testing")]
    public void Makes_readable_ascii(string title, string expected) => Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void Cuts_long_titles_at_a_hyphen()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("representation", 12)));
        Assert.True(slug.Length <= 80, slug);
        Assert.EndsWith("representation", slug);
    }

    [Fact]
    public void Titles_differing_only_in_punctuation_get_distinct_stable_slugs()
    {
        string[] AllocateAll()
        {
            var allocator = new SlugAllocator("paper");
            string[] titles = ["A/B Testing", "A-B Testing", "A B Testing"];
            return titles.Select(t => allocator.Allocate(t, t)).ToArray();
        }

        var first = AllocateAll();
        Assert.Equal("a-b-testing", first[0]);
        Assert.Equal(3, first.Distinct().Count());
        Assert.All(first.Skip(1), s => Assert.Matches("^a-b-testing-[0-9a-f]{6}$", s));
        Assert.Equal(first, AllocateAll());
    }

    [Fact]
    public void Titles_without_latin_letters_get_a_tagged_fallback()
    {
        var allocator = new SlugAllocator("paper");
        var a = allocator.Allocate("深度学习的表示", "深度学习的表示");
        var b = allocator.Allocate("图神经网络", "图神经网络");
        Assert.Matches("^paper-[0-9a-f]{6}$", a);
        Assert.Matches("^paper-[0-9a-f]{6}$", b);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Com1")]
    [InlineData("LPT9")]
    public void Windows_device_names_are_tagged(string title)
    {
        var slug = new SlugAllocator("paper").Allocate(title, title);
        Assert.Equal($"{title.ToLowerInvariant()}-{Slug.Tag(title)}", slug);
    }

    [Theory]
    [InlineData("Console")]
    [InlineData("com10")]
    [InlineData("auxiliary")]
    public void Names_that_only_begin_like_a_device_are_kept(string title) =>
        Assert.Equal(Slug.From(title), new SlugAllocator("paper").Allocate(title, title));
}

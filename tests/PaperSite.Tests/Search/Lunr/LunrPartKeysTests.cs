using System.Diagnostics;
using PaperSite.Lunr;

namespace PaperSite.Tests.Search.Lunr;

public sealed class LunrPartKeysTests
{
    private static readonly HashSet<string> Keys = new(["", "a", "ab", "b"], StringComparer.Ordinal);

    [Theory]
    [InlineData("abc", "ab")]
    [InlineData("a", "a")]
    [InlineData("ba", "b")]
    [InlineData("c", "")]
    public void A_term_is_in_the_part_of_the_longest_key_that_begins_it(string term, string key) =>
        Assert.Equal(key, LunrPartKeys.PartOf(Keys, LunrPartKeys.Longest(Keys), term));

    [Fact]
    public void A_term_of_200000_letters_finds_its_part_within_seconds()
    {
        var term = string.Concat(Enumerable.Repeat("ab", 100_000));
        var clock = Stopwatch.StartNew();
        Assert.Equal("ab", LunrPartKeys.PartOf(Keys, LunrPartKeys.Longest(Keys), term));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }
}

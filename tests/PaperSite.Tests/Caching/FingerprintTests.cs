using System.Text;
using PaperSite.Caching;

namespace PaperSite.Tests.Caching;

/// <summary>Fingerprints name content: 32 lowercase hex digits, the same for the same bytes however they arrive.</summary>
public sealed class FingerprintTests
{
    [Fact]
    public void A_fingerprint_is_32_lowercase_hex_digits()
    {
        Assert.Matches("^[0-9a-f]{32}$", Fingerprint.Of("any text"));
        Assert.Matches("^[0-9a-f]{32}$", Fingerprint.Of(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Text_bytes_and_a_stream_of_the_same_bytes_give_the_same_fingerprint()
    {
        const string Text = "Diffusion models \u00B7 caf\u00E9 \U0001F600";
        var bytes = Encoding.UTF8.GetBytes(Text);

        var streamed = Fingerprint.Of(stream =>
        {
            stream.Write(bytes, 0, 5);
            stream.Write(bytes.AsSpan(5));
        });

        Assert.Equal(Fingerprint.Of(bytes), Fingerprint.Of(Text));
        Assert.Equal(Fingerprint.Of(bytes), streamed);
    }

    [Fact]
    public void Different_bytes_give_different_fingerprints()
    {
        var fingerprints = new[] { "", "a", "b", "ab", "ba", "a\0" }.Select(Fingerprint.Of).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void A_builder_gives_the_fingerprint_of_its_values_bytes_however_many_builders_came_before()
    {
        var bytes = new List<byte>();
        bytes.AddRange(BitConverter.GetBytes(2));
        bytes.AddRange(Encoding.Unicode.GetBytes("ab"));
        bytes.AddRange(BitConverter.GetBytes(7));
        var expected = Fingerprint.Of(bytes.ToArray());

        // A builder hands its hasher on to the next once it has given its result: that must start afresh.
        _ = new FingerprintBuilder().Append("something else entirely").ToUInt128();
        var first = new FingerprintBuilder().Append("ab").Append(7);
        var nested = new FingerprintBuilder().Append("ab");
        Assert.Equal(expected, first.ToString());
        Assert.Equal(expected, first.ToString());
        Assert.Equal(expected, new FingerprintBuilder().Append("ab").Append(7).ToString());
        Assert.NotEqual(expected, nested.ToString());
        Assert.Throws<InvalidOperationException>(() => first.Append(1));
    }
}

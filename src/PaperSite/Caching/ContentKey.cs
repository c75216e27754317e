using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using PaperSite.Model;

namespace PaperSite.Caching;

/// <summary>
/// A 128-bit hash of an item's inputs (XXH128), to find its result among those a build cached. Fast enough
/// to key every paper of a large site on its whole text, and wide enough that two texts never share one.
/// </summary>
public static class ContentKey
{
    /// <summary>The key of <paramref name="bytes"/>.</summary>
    public static UInt128 Of(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The key of a paper's text (title and abstract): all that its topics and its terms depend on.</summary>
    public static UInt128 OfText(Paper paper) => Of(paper.Title, paper.Abstract);

    /// <summary>The key of <paramref name="first"/> and <paramref name="second"/>, as two separate texts (not their concatenation).</summary>
    public static UInt128 Of(string first, string second)
    {
        var hash = new XxHash128();
        Append(hash, first);
        Append(hash, second);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>Appends <paramref name="text"/> to <paramref name="hash"/>, its length first so that texts cannot run into each other.</summary>
    public static void Append(XxHash128 hash, string text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
        hash.Append(length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}

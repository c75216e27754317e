namespace PaperSite.Dumps;

/// <summary>
/// The bytes of a dump an earlier build parsed, kept in memory for the abstracts of its entries: the bytes
/// this build read and found the same, so an abstract is made of them when something asks for it, and never
/// read again from a file that may have changed since.
/// </summary>
internal sealed class DumpText
{
    private readonly byte[] _bytes;
    private readonly IReadOnlyList<Range> _lines;

    /// <summary>Keeps <paramref name="bytes"/>, the whole file, and finds its lines.</summary>
    public DumpText(byte[] bytes)
    {
        _bytes = bytes;
        _lines = DumpDecoder.LineRanges(bytes);
    }

    /// <summary>How many lines the dump has.</summary>
    public int LineCount => _lines.Count;

    /// <summary>Line <paramref name="number"/> (1-based), decoded and trimmed as when the dump was first parsed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The dump has fewer lines.</exception>
    public string Line(int number) => DumpDecoder.DecodeLine(_bytes.AsSpan()[_lines[number - 1]]);
}

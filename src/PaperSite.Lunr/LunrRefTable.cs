namespace PaperSite.Lunr;

/// <summary>
/// The documents' refs, each distinct ref numbered. lunr keys its maps by ref, so a repeated ref shares one
/// field vector (the last document's, at the first one's position) while every add still counts.
/// </summary>
internal sealed class LunrRefTable
{
    private readonly string[] _refs;
    private readonly int[] _refIdOfDocument;
    private readonly string[] _refTexts;
    private readonly long[] _arrayIndexOfRef;
    private readonly int[] _documentsWithRef;

    public LunrRefTable(string[] refs)
    {
        _refs = refs;
        _refIdOfDocument = new int[refs.Length];
        var ids = new Dictionary<string, int>(refs.Length, StringComparer.Ordinal);
        var texts = new List<string>();
        var counts = new List<int>();
        for (var d = 0; d < refs.Length; d++)
        {
            if (!ids.TryGetValue(refs[d], out var id))
            {
                id = texts.Count;
                ids.Add(refs[d], id);
                texts.Add(refs[d]);
                counts.Add(0);
            }

            _refIdOfDocument[d] = id;
            counts[id]++;
        }

        _refTexts = texts.ToArray();
        _documentsWithRef = counts.ToArray();
        _arrayIndexOfRef = Array.ConvertAll(_refTexts, JsKeyOrder.ArrayIndexOf);
        HasDuplicates = _refTexts.Length < refs.Length;
        HasArrayIndexRefs = Array.Exists(_arrayIndexOfRef, index => index >= 0);
        AddOrderIsJsOrder = IsJsOrder(_arrayIndexOfRef);
    }

    /// <summary>True when some ref was added more than once.</summary>
    public bool HasDuplicates { get; }

    /// <summary>True when some ref is an integer-like key that JavaScript lists first.</summary>
    public bool HasArrayIndexRefs { get; }

    /// <summary>
    /// True when JavaScript lists any of the refs, added in order, in that order: integer-like refs,
    /// which it lists first and by value, all come before the others and ascend (as numbered refs do).
    /// </summary>
    public bool AddOrderIsJsOrder { get; }

    public string RefOf(int document) => _refs[document];

    public int RefIdOf(int document) => _refIdOfDocument[document];

    public string TextOf(int refId) => _refTexts[refId];

    /// <summary>The ref's value as an array index, or -1 when JavaScript keeps it in insertion order.</summary>
    public long ArrayIndexOf(int refId) => _arrayIndexOfRef[refId];

    /// <summary>True when more than one analysed document has this document's ref.</summary>
    public bool IsShared(int document) => _documentsWithRef[_refIdOfDocument[document]] > 1;

    private static bool IsJsOrder(long[] arrayIndexOfRef)
    {
        var last = -1L;
        var othersBegan = false;
        foreach (var index in arrayIndexOfRef)
        {
            if (index < 0)
            {
                othersBegan = true;
            }
            else if (othersBegan || index <= last)
            {
                return false;
            }
            else
            {
                last = index;
            }
        }

        return true;
    }
}

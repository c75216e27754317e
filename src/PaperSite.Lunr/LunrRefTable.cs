namespace PaperSite.Lunr;

/// <summary>
/// The documents' refs, each distinct ref numbered. lunr keys its maps by ref, so a repeated ref shares one
/// field vector (the last document's, at the first one's position) while every add still counts.
/// </summary>
internal sealed class LunrRefTable
{
    private readonly string[] refs;
    private readonly int[] refIdOfDocument;
    private readonly string[] refTexts;
    private readonly long[] arrayIndexOfRef;
    private readonly int[] documentsWithRef;

    public LunrRefTable(string[] refs)
    {
        this.refs = refs;
        refIdOfDocument = new int[refs.Length];
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

            refIdOfDocument[d] = id;
            counts[id]++;
        }

        refTexts = texts.ToArray();
        documentsWithRef = counts.ToArray();
        arrayIndexOfRef = Array.ConvertAll(refTexts, JsKeyOrder.ArrayIndexOf);
        HasDuplicates = refTexts.Length < refs.Length;
        HasArrayIndexRefs = Array.Exists(arrayIndexOfRef, index => index >= 0);
        AddOrderIsJsOrder = IsJsOrder(arrayIndexOfRef);
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

    public string RefOf(int document) => refs[document];

    public int RefIdOf(int document) => refIdOfDocument[document];

    public string TextOf(int refId) => refTexts[refId];

    /// <summary>The ref's value as an array index, or -1 when JavaScript keeps it in insertion order.</summary>
    public long ArrayIndexOf(int refId) => arrayIndexOfRef[refId];

    /// <summary>True when more than one analysed document has this document's ref.</summary>
    public bool IsShared(int document) => documentsWithRef[refIdOfDocument[document]] > 1;

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

namespace PaperSite.Lunr;

/// <summary>
/// How JavaScript orders an object's own keys: array indices ("0" to "4294967294", canonical form) first in
/// numeric order, then the other strings in insertion order. lunr's postings and field maps are objects, so
/// numeric document refs come out sorted while <c>2401.00001</c> or <c>a/x</c> keep their insertion order.
/// </summary>
internal static class JsKeyOrder
{
    /// <summary>The key's numeric value if it is an array index, otherwise -1.</summary>
    public static long ArrayIndexOf(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return -1;
        }

        long value = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = value * 10 + (c - '0');
        }

        return value <= 4294967294L ? value : -1;
    }

    /// <summary>Orders keys (given in insertion order) the way <c>Object.keys</c> would list them.</summary>
    public static List<string> Order(IEnumerable<string> keysInInsertionOrder)
    {
        var indices = new List<(long Index, string Key)>();
        var others = new List<string>();
        foreach (var key in keysInInsertionOrder)
        {
            var index = ArrayIndexOf(key);
            if (index >= 0)
            {
                indices.Add((index, key));
            }
            else
            {
                others.Add(key);
            }
        }

        indices.Sort((a, b) => a.Index.CompareTo(b.Index));
        var ordered = new List<string>(indices.Count + others.Count);
        foreach (var (_, key) in indices)
        {
            ordered.Add(key);
        }

        ordered.AddRange(others);
        return ordered;
    }
}

using System.Text;
using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>
/// Checks one part of a lunr.js 2.3.9 index split by term, the way <c>lunr.Index.load</c> will
/// read it in the browser once merged. A part may hold a very common term of a large site, so
/// it is read in one pass with <see cref="Utf8JsonReader"/> rather than built into a
/// <see cref="JsonDocument"/>: only the order of the terms and the refs matter, and refs are
/// looked up without making strings of them. It reports what a <see cref="JsonDocument"/> would
/// have shown: nothing but the syntax error in a file that is not JSON, and for a key given twice
/// only the last one, as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> finds it.
/// </summary>
internal static class LunrIndex
{
    /// <summary>The lunr.js version the search page ships.</summary>
    public const string Version = "2.3.9";

    private static readonly string[] PartKeys = ["fieldVectors", "invertedIndex"];

    /// <summary>
    /// Checks one part of an index split by term (<c>{"fieldVectors", "invertedIndex"}</c>):
    /// <paramref name="partOf"/> names the part each term belongs in, which must be <paramref name="key"/>;
    /// <paramref name="refs"/> are the refs that have result data.
    /// </summary>
    public static void CheckPart(CheckContext site, string file, string key, Func<string, string?> partOf, HashSet<string>? refs, ProblemList problems)
    {
        var reading = new IndexReading(file, term => partOf(term) == key ? null : partOf(term));
        var bytes = File.ReadAllBytes(site.PathOf(file));
        try
        {
            Read(bytes, reading, refs);
        }
        catch (JsonException e)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, $"is not valid JSON: {e.Message.Split(" Path:")[0]}", $"line {(e.LineNumber ?? 0) + 1}");
            return;
        }

        reading.Report(problems);
    }

    private static void Read(byte[] bytes, IndexReading reading, HashSet<string>? refs)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: true, state: default);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reading.RootKind = KindOf(reader.TokenType);
            reader.Skip();
        }
        else
        {
            ReadRoot(ref reader, bytes, reading, refs);
        }

        // As JsonDocument does: anything after the root value is a syntax error.
        while (reader.Read())
        {
        }
    }

    private static void ReadRoot(ref Utf8JsonReader reader, byte[] bytes, IndexReading reading, HashSet<string>? refs)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            reading.Present.Add(key);
            switch (key)
            {
                case "fieldVectors":
                    reading.FieldVectors = new PartProblems(reading.File, refs);
                    ReadFieldVectors(ref reader, bytes, reading.FieldVectors);
                    break;
                case "invertedIndex":
                    reading.InvertedIndex = new PartProblems(reading.File, refs);
                    ReadInvertedIndex(ref reader, bytes, reading.InvertedIndex, reading.Misplaced);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>A part's field vectors are <c>[["field/ref", length, [...]], …]</c>, a document's boost after them unless it is 1; a ref may itself contain <c>/</c>.</summary>
    private static void ReadFieldVectors(ref Utf8JsonReader reader, byte[] bytes, PartProblems part)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            part.Add(ProblemKinds.SearchMalformed, "fieldVectors must be an array", "fieldVectors");
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            var entry = ReadPair(ref reader, bytes, part: null);
            var slash = entry is { Length: 3 or 4, First: { } fieldRef } ? fieldRef.IndexOf('/') : -1;
            if (slash < 0)
            {
                part.Add(ProblemKinds.SearchMalformed, "a fieldVectors entry is not [\"field/ref\", length, vector]", EntryText(entry, bytes, start, reader));
                continue;
            }

            part.CheckRef(entry.First![(slash + 1)..]);
        }
    }

    /// <summary>
    /// The inverted index is <c>[[term, posting], …]</c>. lunr rebuilds its token set from it and
    /// throws "Out of order word insertion" unless terms ascend by UTF-16 code unit, which is
    /// exactly ordinal comparison here.
    /// </summary>
    private static void ReadInvertedIndex(ref Utf8JsonReader reader, byte[] bytes, PartProblems part, Func<string, string?>? misplaced)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            part.Add(ProblemKinds.SearchMalformed, "invertedIndex must be an array", "invertedIndex");
            reader.Skip();
            return;
        }

        string? previous = null;
        (string Term, string Previous)? firstDisorder = null;
        var disorders = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            var entry = ReadPair(ref reader, bytes, part);
            if (entry is not { Length: 2, First: { } term, SecondIsObject: true })
            {
                part.DropPendingRefs();
                part.Add(ProblemKinds.SearchMalformed, "an invertedIndex entry is not [term, posting]", EntryText(entry, bytes, start, reader));
                continue;
            }

            if (previous is not null && string.CompareOrdinal(previous, term) >= 0)
            {
                disorders++;
                firstDisorder ??= (term, previous);
            }

            if (misplaced?.Invoke(term) is { } rightPart)
            {
                part.Add(ProblemKinds.SearchMisplacedTerm, $"holds a term that belongs in the part with key \"{rightPart}\": lunr-parts.js looks for it there", term);
            }

            previous = term;
            part.KeepPendingRefs();
        }

        // A wrongly sorted index has thousands of disorders; the first one and a count say it all.
        if (firstDisorder is { } first)
        {
            var more = disorders > 1 ? $" ({disorders - 1} more terms out of order)" : "";
            part.Add(ProblemKinds.SearchUnsorted,
                $"invertedIndex term does not come strictly after \"{first.Previous}\"; lunr's Index.load throws \"Out of order word insertion\"{more}", first.Term);
        }
    }

    /// <summary>
    /// Reads one entry of fieldVectors or invertedIndex, whatever it is, leaving the reader on its
    /// last token. For an array it notes the length, the first item if a string, and whether the
    /// second is an object; a second item that is an object is read as a posting when
    /// <paramref name="part"/> is given, its refs held until the entry proves well-formed.
    /// </summary>
    private static Pair ReadPair(ref Utf8JsonReader reader, byte[] bytes, PartProblems? part)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var text = ValueText(ref reader, bytes);
            return new Pair(-1, null, false, text);
        }

        var length = 0;
        string? first = null;
        var secondIsObject = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            length++;
            if (length == 1 && reader.TokenType == JsonTokenType.String)
            {
                first = reader.GetString();
            }

            if (length == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                secondIsObject = true;
                if (part is not null)
                {
                    ReadPosting(ref reader, part);
                    continue;
                }
            }

            reader.Skip();
        }

        return new Pair(length, first, secondIsObject, null);
    }

    /// <summary>A posting is <c>{"_index": n, field: {ref: {...}}, …}</c>.</summary>
    private static void ReadPosting(ref Utf8JsonReader reader, PartProblems part)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                part.HoldRef(ref reader);
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>What <see cref="JsonElement.ToString"/> shows for an entry: its JSON text, or a string's value.</summary>
    private static string EntryText(Pair entry, byte[] bytes, long start, Utf8JsonReader reader) =>
        entry.Text ?? Encoding.UTF8.GetString(bytes, (int)start, (int)(reader.BytesConsumed - start));

    /// <summary>
    /// What <see cref="JsonElement.ToString"/> shows for the value the reader is on (a string's
    /// value, <c>True</c>, <c>False</c>, nothing for null, else the JSON text), skipping past it.
    /// </summary>
    private static string ValueText(ref Utf8JsonReader reader, byte[] bytes)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString()!;
            case JsonTokenType.True:
                return bool.TrueString;
            case JsonTokenType.False:
                return bool.FalseString;
            case JsonTokenType.Null:
                return "";
        }

        var start = reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(bytes, (int)start, (int)(reader.BytesConsumed - start));
    }

    private static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        JsonTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.Undefined,
    };

    /// <summary>An entry as read: array length (-1 when not an array), first item if a string, and the text of a non-array.</summary>
    private readonly record struct Pair(int Length, string? First, bool SecondIsObject, string? Text);

    /// <summary>What one pass over an index found, reported only once the whole file has proved to be JSON.</summary>
    private sealed class IndexReading(string file, Func<string, string?>? misplaced)
    {
        public string File { get; } = file;

        /// <summary>For a part: the key of the part a term belongs in when it is not this one, else null.</summary>
        public Func<string, string?>? Misplaced { get; } = misplaced;

        public JsonValueKind RootKind { get; set; } = JsonValueKind.Object;

        public HashSet<string> Present { get; } = new(StringComparer.Ordinal);

        public PartProblems? FieldVectors { get; set; }

        public PartProblems? InvertedIndex { get; set; }

        public void Report(ProblemList problems)
        {
            if (RootKind != JsonValueKind.Object)
            {
                problems.Add(File, ProblemKinds.SearchMalformed, $"must be a JSON object, not {RootKind}");
                return;
            }

            var missing = PartKeys.Where(k => !Present.Contains(k)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(File, ProblemKinds.SearchMalformed, $"is not a serialised lunr index: no {string.Join(", ", missing)}");
                return;
            }

            FieldVectors!.Report(problems);
            InvertedIndex!.Report(problems);
        }
    }

    /// <summary>
    /// The problems of one fieldVectors or invertedIndex value. Each ref missing from the documents
    /// is reported once; refs are compared as UTF-16 spans, so known refs never become strings.
    /// </summary>
    private sealed class PartProblems(string file, HashSet<string>? refs)
    {
        private readonly List<(string Kind, string Detail, string? Where)> _found = [];
        private readonly HashSet<string> _unknown = new(StringComparer.Ordinal);
        private readonly List<string> _pending = [];
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _lookup = refs?.GetAlternateLookup<ReadOnlySpan<char>>();
        private char[] _buffer = new char[256];

        public void Add(string kind, string detail, string? where = null) => _found.Add((kind, detail, where));

        public void CheckRef(string reference)
        {
            if (refs is not null && !refs.Contains(reference))
            {
                _unknown.Add(reference);
            }
        }

        /// <summary>Notes the property name the reader is on if it is an unknown ref, until the entry is known to be well-formed.</summary>
        public void HoldRef(ref Utf8JsonReader reader)
        {
            if (_lookup is not { } lookup)
            {
                return;
            }

            var needed = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
            if (_buffer.Length < needed)
            {
                _buffer = new char[needed];
            }

            var name = _buffer.AsSpan(0, reader.CopyString(_buffer));
            if (!lookup.Contains(name))
            {
                _pending.Add(name.ToString());
            }
        }

        public void KeepPendingRefs()
        {
            _unknown.UnionWith(_pending);
            _pending.Clear();
        }

        public void DropPendingRefs() => _pending.Clear();

        public void Report(ProblemList problems)
        {
            foreach (var (kind, detail, where) in _found)
            {
                problems.Add(file, kind, detail, where);
            }

            foreach (var reference in _unknown)
            {
                problems.Add(file, ProblemKinds.SearchUnknownRef, $"indexes document {reference}, which has no result data in search/results/", reference);
            }
        }
    }
}

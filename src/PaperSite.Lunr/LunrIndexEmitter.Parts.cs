namespace PaperSite.Lunr;

/// <summary>
/// The selected documents' index split by term: each part holds its terms' postings and, of every field
/// vector, the field's length and those terms' frequencies, numbered by the selection's own term indices.
/// Nothing in a part depends on documents outside the selection: scores are made where parts are merged.
/// </summary>
internal sealed partial class LunrIndexEmitter
{
    // Each vector entry also carries a share of the "field/ref" it is listed under.
    private const int VectorEntryOverhead = 16;

    public LunrIndexSegment EmitParts(long budget)
    {
        var terms = PresentTermsInOrder();
        var costs = terms.Select(CostOf).ToArray();
        var keys = LunrPartition.Keys(terms.Select(t => _analysis.Terms[t]).ToArray(), costs, budget);
        var keySet = keys.ToHashSet(StringComparer.Ordinal);
        var longestKey = LunrPartKeys.Longest(keys);
        var partIndex = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var partOfTerm = new int[_analysis.Terms.Length];
        var partCost = new long[keys.Count];
        for (var t = 0; t < terms.Length; t++)
        {
            partOfTerm[terms[t]] = partIndex[LunrPartKeys.PartOf(keySet, longestKey, _analysis.Terms[terms[t]])!];
            partCost[partOfTerm[terms[t]]] += costs[t];
        }

        var first = _selection.Length == 0 ? 0 : _selection[0];
        var slots = new LunrPartSlots(partCost, budget, first, _selection.Length, CanSplitByDocument());
        var vectors = WritePartVectors(partOfTerm, slots);
        var inverted = Enumerable.Range(0, slots.Count).Select(_ => new LunrJsonWriter(1024)).ToArray();
        var postingKeys = PostingKeyOrder();
        foreach (var term in terms)
        {
            var part = partOfTerm[term];
            for (var chunk = 0; chunk < slots.ChunksOf(part); chunk++)
            {
                var range = slots.Documents(part, chunk);
                if (slots.ChunksOf(part) > 1 && !HasDocumentIn(term, range))
                {
                    continue;
                }

                var writer = inverted[slots.Slot(part, chunk)];
                if (writer.Length > 0)
                {
                    writer.Raw((byte)',');
                }

                WritePosting(writer, term, postingKeys, slots.ChunksOf(part) > 1 ? range : null);
            }
        }

        var parts = new List<LunrIndexPart>();
        for (var part = 0; part < keys.Count; part++)
        {
            for (var chunk = 0; chunk < slots.ChunksOf(part); chunk++)
            {
                var slot = slots.Slot(part, chunk);
                parts.Add(new LunrIndexPart(keys[part], LunrPartKeys.FileName(keys[part], chunk), PartJson(vectors, slot, inverted[slot])));
            }
        }

        return new LunrIndexSegment(first, _selection.Length, SegmentManifest(parts), Vocabulary(terms), parts, Lengths());
    }

    /// <summary>The selection's lengths as lunr counts them: field lengths are kept per ref, the last document's.</summary>
    private LunrSegmentLengths Lengths()
    {
        var documents = VectorDocuments();
        var sums = new long[_analysis.Fields.Count];
        foreach (var d in documents)
        {
            for (var f = 0; f < sums.Length; f++)
            {
                sums[f] += _analysis.DocumentFields[d][f].Length;
            }
        }

        return new LunrSegmentLengths(_selection.Length, documents.Length, sums);
    }

    /// <summary>A part is cut by document only when every document has a ref of its own, listed in add order, as in one index, and the documents follow one another.</summary>
    private bool CanSplitByDocument() => !_analysis.Refs.HasDuplicates && _analysis.Refs.AddOrderIsJsOrder && (_inSelection is null || _range is not null);

    private bool HasDocumentIn(int term, (int First, int End) range)
    {
        for (var f = 0; f < _analysis.Fields.Count; f++)
        {
            if (Slice(_analysis.Postings.Of(term, f), range.First, range.End).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private long CostOf(int term)
    {
        long cost = _analysis.Terms[term].Length + 32;
        var indexDigits = _termIndexOf[term].ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var f = 0; f < _analysis.Fields.Count; f++)
        {
            var documents = _analysis.Postings.Of(term, f);
            foreach (var document in _range is { } range ? Slice(documents, range.First, range.End) : documents)
            {
                cost += _analysis.PostingEntryOf(document).Length + indexDigits + VectorEntryOverhead;
            }
        }

        return cost;
    }

    /// <summary>
    /// Every part's field vectors, written in parallel by runs of consecutive documents: run <c>r</c>'s
    /// entries for slot <c>s</c> are in <c>[r][s]</c> (null when it has none), to be joined in run order.
    /// </summary>
    private LunrJsonWriter?[][] WritePartVectors(int[] partOfTerm, LunrPartSlots slots)
    {
        var documents = VectorDocuments();
        var runCount = Math.Clamp(documents.Length / MinimumChunk, 1, Environment.ProcessorCount * 4);
        var runs = new LunrJsonWriter?[runCount][];
        Parallel.For(0, runCount, run =>
        {
            var writers = new LunrJsonWriter?[slots.Count];
            var first = (int)((long)documents.Length * run / runCount);
            var end = (int)((long)documents.Length * (run + 1) / runCount);
            WritePartVectors(writers, documents.AsSpan(first, end - first), partOfTerm, slots);
            runs[run] = writers;
        });

        return runs;
    }

    private void WritePartVectors(LunrJsonWriter?[] vectors, ReadOnlySpan<int> documents, int[] partOfTerm, LunrPartSlots slots)
    {
        var touched = new List<int>();
        var entries = new List<int>?[vectors.Length];

        // A field's "field/ref" heads its vector in every part its terms are in: it is encoded once.
        using var fieldRef = new LunrJsonWriter(64);
        foreach (var document in documents)
        {
            var fields = _analysis.DocumentFields[document];
            for (var f = 0; f < fields.Length; f++)
            {
                var (indices, frequencies, termIds) = FrequencyEntries(fields[f]);
                for (var i = 0; i < indices.Length; i++)
                {
                    var part = slots.SlotOf(partOfTerm[termIds[i]], document);
                    var list = entries[part] ??= [];
                    if (list.Count == 0)
                    {
                        touched.Add(part);
                    }

                    list.Add(i);
                }

                touched.Sort();
                fieldRef.Reset();
                fieldRef.String(_analysis.Fields[f].Name + "/" + _analysis.RefOf(document));
                foreach (var part in touched)
                {
                    WritePartVector(vectors[part] ??= new LunrJsonWriter(1024), fieldRef.Written, fields[f].Length, _analysis.Boosts[document], entries[part]!, indices, frequencies);
                    entries[part]!.Clear();
                }

                touched.Clear();
            }
        }
    }

    /// <summary><c>["field/ref", length, [termIndex, frequency, …]]</c>, and the document's boost after them unless it is 1.</summary>
    private static void WritePartVector(LunrJsonWriter writer, ReadOnlySpan<byte> fieldRefJson, int length, double boost, List<int> entries, int[] indices, int[] frequencies)
    {
        if (writer.Length > 0)
        {
            writer.Raw((byte)',');
        }

        writer.Raw((byte)'[');
        writer.Raw(fieldRefJson);
        writer.Raw((byte)',');
        writer.Integer(length);
        writer.Raw(",["u8);
        for (var e = 0; e < entries.Count; e++)
        {
            if (e > 0)
            {
                writer.Raw((byte)',');
            }

            writer.Integer(indices[entries[e]]);
            writer.Raw((byte)',');
            writer.Integer(frequencies[entries[e]]);
        }

        writer.Raw((byte)']');
        if (boost != 1)
        {
            writer.Raw((byte)',');
            writer.Number(boost);
        }

        writer.Raw((byte)']');
    }

    /// <summary>One part's file, sized exactly: its field vectors (the runs' pieces joined in order) and its postings.</summary>
    private static byte[] PartJson(LunrJsonWriter?[][] vectorRuns, int slot, LunrJsonWriter inverted)
    {
        var start = "{\"fieldVectors\":["u8;
        var middle = "],\"invertedIndex\":["u8;
        var end = "]}"u8;
        var pieces = vectorRuns.Select(run => run[slot]).OfType<LunrJsonWriter>().ToList();
        var length = start.Length + pieces.Sum(piece => piece.Length) + Math.Max(0, pieces.Count - 1) + middle.Length + inverted.Length + end.Length;
        var json = new byte[length];
        var at = Append(json, 0, start);
        for (var p = 0; p < pieces.Count; p++)
        {
            at = p > 0 ? Append(json, at, ","u8) : at;
            at = Append(json, at, pieces[p].Written);
            pieces[p].Dispose();
        }

        at = Append(json, at, middle);
        at = Append(json, at, inverted.Written);
        Append(json, at, end);
        inverted.Dispose();
        return json;
    }

    private static int Append(byte[] json, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(json.AsSpan(at));
        return at + bytes.Length;
    }

    /// <summary><c>{"vocabulary": file, "parts": [[key, file, bytes], …]}</c>.</summary>
    private static byte[] SegmentManifest(IReadOnlyList<LunrIndexPart> parts)
    {
        using var output = new LunrJsonWriter(4096);
        output.Raw("{\"vocabulary\":"u8);
        output.String(LunrIndexSegment.VocabularyFile);
        output.Raw(",\"parts\":"u8);
        output.Array(parts, (writer, part) =>
        {
            writer.Raw((byte)'[');
            writer.String(part.Key);
            writer.Raw((byte)',');
            writer.String(part.FileName);
            writer.Raw((byte)',');
            writer.Integer(part.Json.Length);
            writer.Raw((byte)']');
        });
        output.Raw((byte)'}');
        return output.ToArray();
    }

    private byte[] Vocabulary(int[] terms)
    {
        using var output = new LunrJsonWriter(terms.Length * 12 + 2);
        output.Raw((byte)'[');
        for (var i = 0; i < terms.Length; i++)
        {
            if (i > 0)
            {
                output.Raw((byte)',');
            }

            output.String(_analysis.Terms[terms[i]]);
        }

        output.Raw((byte)']');
        return output.ToArray();
    }
}

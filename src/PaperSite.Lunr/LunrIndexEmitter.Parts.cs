namespace PaperSite.Lunr;

/// <summary>The index split by term: each part holds its terms' postings and, of every field vector, those terms' entries.</summary>
internal sealed partial class LunrIndexEmitter
{
    // Each vector entry also carries a share of the "field/ref" it is listed under.
    private const int VectorEntryOverhead = 16;

    public LunrIndexParts EmitParts(long budget)
    {
        var terms = PresentTermsInOrder();
        var costs = terms.Select(CostOf).ToArray();
        var keys = LunrPartition.Keys(terms.Select(t => _analysis.Terms[t]).ToArray(), costs, budget);
        var keySet = keys.ToHashSet(StringComparer.Ordinal);
        var partIndex = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var partOfTerm = new int[_analysis.Terms.Length];
        var partCost = new long[keys.Count];
        for (var t = 0; t < terms.Length; t++)
        {
            partOfTerm[terms[t]] = partIndex[LunrPartKeys.PartOf(keySet, _analysis.Terms[terms[t]])!];
            partCost[partOfTerm[terms[t]]] += costs[t];
        }

        var slots = new LunrPartSlots(partCost, budget, _analysis.DocumentCount, CanSplitByDocument());
        var vectors = Enumerable.Range(0, slots.Count).Select(_ => new LunrJsonWriter(1024)).ToArray();
        WritePartVectors(vectors, partOfTerm, slots);
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
                parts.Add(new LunrIndexPart(keys[part], LunrPartKeys.FileName(keys[part], chunk), PartJson(vectors[slot], inverted[slot])));
            }
        }

        return new LunrIndexParts(Manifest(parts), Vocabulary(terms), parts);
    }

    /// <summary>A part is cut by document only when every document has a ref of its own, listed in add order, as in one index.</summary>
    private bool CanSplitByDocument() => !_analysis.Refs.HasDuplicates && _analysis.Refs.AddOrderIsJsOrder && _inSelection is null;

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
            foreach (var document in _analysis.Postings.Of(term, f))
            {
                cost += _analysis.PostingEntryOf(document).Length + indexDigits + VectorEntryOverhead;
            }
        }

        return cost;
    }

    private void WritePartVectors(LunrJsonWriter[] vectors, int[] partOfTerm, LunrPartSlots slots)
    {
        var touched = new List<int>();
        var entries = Enumerable.Range(0, vectors.Length).Select(_ => new List<int>()).ToArray();
        foreach (var document in VectorDocuments())
        {
            var fields = _analysis.DocumentFields[document];
            for (var f = 0; f < fields.Length; f++)
            {
                var (indices, scores, termIds) = ScoredEntries(fields[f], f, _analysis.Boosts[document]);
                for (var i = 0; i < indices.Length; i++)
                {
                    var part = slots.SlotOf(partOfTerm[termIds[i]], document);
                    if (entries[part].Count == 0)
                    {
                        touched.Add(part);
                    }

                    entries[part].Add(i);
                }

                touched.Sort();
                var fieldRef = _analysis.Fields[f].Name + "/" + _analysis.RefOf(document);
                foreach (var part in touched)
                {
                    WritePartVector(vectors[part], fieldRef, entries[part], indices, scores);
                    entries[part].Clear();
                }

                touched.Clear();
            }
        }
    }

    private static void WritePartVector(LunrJsonWriter writer, string fieldRef, List<int> entries, int[] indices, double[] scores)
    {
        if (writer.Length > 0)
        {
            writer.Raw((byte)',');
        }

        writer.Raw((byte)'[');
        writer.String(fieldRef);
        writer.Raw(",["u8);
        for (var e = 0; e < entries.Count; e++)
        {
            if (e > 0)
            {
                writer.Raw((byte)',');
            }

            writer.Integer(indices[entries[e]]);
            writer.Raw((byte)',');
            writer.Number(scores[entries[e]]);
        }

        writer.Raw("]]"u8);
    }

    private static byte[] PartJson(LunrJsonWriter vectors, LunrJsonWriter inverted)
    {
        using var output = new LunrJsonWriter(vectors.Length + inverted.Length + 64);
        output.Raw("{\"fieldVectors\":["u8);
        output.Raw(vectors.Written);
        output.Raw("],\"invertedIndex\":["u8);
        output.Raw(inverted.Written);
        output.Raw("]}"u8);
        vectors.Dispose();
        inverted.Dispose();
        return output.ToArray();
    }

    private byte[] Manifest(IReadOnlyList<LunrIndexPart> parts)
    {
        using var output = new LunrJsonWriter(4096);
        output.Raw("{\"version\":\"2.3.9\",\"fields\":["u8);
        for (var f = 0; f < _analysis.Fields.Count; f++)
        {
            if (f > 0)
            {
                output.Raw((byte)',');
            }

            output.String(_analysis.Fields[f].Name);
        }

        output.Raw("],\"pipeline\":["u8);
        for (var i = 0; i < LunrPipeline.SearchPipelineLabels.Count; i++)
        {
            if (i > 0)
            {
                output.Raw((byte)',');
            }

            output.String(LunrPipeline.SearchPipelineLabels[i]);
        }

        output.Raw("],\"vocabulary\":"u8);
        output.String(LunrIndexParts.VocabularyFile);
        output.Raw(",\"parts\":["u8);
        for (var p = 0; p < parts.Count; p++)
        {
            if (p > 0)
            {
                output.Raw((byte)',');
            }

            output.Raw((byte)'[');
            output.String(parts[p].Key);
            output.Raw((byte)',');
            output.String(parts[p].FileName);
            output.Raw((byte)',');
            output.Integer(parts[p].Json.Length);
            output.Raw((byte)']');
        }

        output.Raw("]}"u8);
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

using PaperSite.Model;
using PaperSite.Topics;

namespace PaperSite.Related;

/// <summary>
/// Finds each paper's most similar papers by TF-IDF cosine over title and abstract. Not quadratic:
/// each paper only meets the papers that share one of its heaviest terms, through an inverted
/// index, and very common terms are left out of that meeting (they still count in the norms).
/// </summary>
public sealed class RelatedPapersFinder
{
    private const int TitleWeight = 2;
    private const int QueryTerms = 32;
    private const double MaxPostingShare = 0.05;
    private const int MinPostingCap = 50;

    // Terms in more papers than this are too common to tell papers apart, and would make the
    // work per paper grow with the corpus: with the cap, finding related papers stays linear.
    private const int MaxPostingCap = 400;

    private readonly int _count;

    /// <summary>Creates a finder that picks <paramref name="count"/> related papers per paper.</summary>
    public RelatedPapersFinder(int count) => _count = count;

    /// <summary>For each paper (same order), the slugs of its most similar papers, most similar first.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Paper> papers)
    {
        if (_count == 0 || papers.Count < 2)
        {
            return papers.Select(_ => (IReadOnlyList<string>)[]).ToList();
        }

        var vectors = Vectorise(papers);
        var postings = InvertedIndex(vectors, PostingCap(papers.Count));
        var result = new IReadOnlyList<string>[papers.Count];
        Parallel.For(
            0,
            papers.Count,
            () => new float[papers.Count],
            (i, _, scores) =>
            {
                result[i] = TopMatches(i, vectors, postings, scores).Select(j => papers[j].Slug).ToList();
                return scores;
            },
            _ => { });
        return result;
    }

    private static int PostingCap(int papers) => Math.Min(MaxPostingCap, Math.Max(MinPostingCap, (int)(papers * MaxPostingShare)));

    private static TermVector[] Vectorise(IReadOnlyList<Paper> papers)
    {
        // Counting words is the costly part and independent per paper: in parallel, by word.
        var counts = new Dictionary<string, int>[papers.Count];
        Parallel.For(0, papers.Count, i => counts[i] = CountWords(papers[i]));

        // Ids in paper order keep the vectors, and so the output, deterministic.
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var c in counts)
        {
            foreach (var word in c.Keys)
            {
                if (!vocabulary.TryGetValue(word, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary[word] = id;
                    df.Add(0);
                }

                df[id]++;
            }
        }

        var idf = df.Select(d => (float)Math.Log((double)papers.Count / d)).ToArray();
        var vectors = new TermVector[papers.Count];
        Parallel.For(0, papers.Count, i => vectors[i] = Weigh(counts[i], vocabulary, idf));
        return vectors;
    }

    private static Dictionary<string, int> CountWords(Paper paper)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Add(counts, paper.Title, TitleWeight);
        Add(counts, paper.Abstract, 1);
        return counts;
    }

    private static void Add(Dictionary<string, int> counts, string text, int weight)
    {
        foreach (var word in Words.Of(text))
        {
            if (word.Length >= 3 && !RelatedStopWords.Contains(word))
            {
                counts[word] = counts.GetValueOrDefault(word) + weight;
            }
        }
    }

    private static TermVector Weigh(Dictionary<string, int> counts, Dictionary<string, int> vocabulary, float[] idf)
    {
        var terms = new int[counts.Count];
        var weights = new float[counts.Count];
        var k = 0;
        double squares = 0;
        foreach (var (word, count) in counts)
        {
            terms[k] = vocabulary[word];
            weights[k] = (float)(1 + Math.Log(count)) * idf[terms[k]];
            squares += (double)weights[k] * weights[k];
            k++;
        }

        var norm = (float)Math.Sqrt(squares);
        if (norm > 0)
        {
            for (k = 0; k < weights.Length; k++)
            {
                weights[k] /= norm;
            }
        }

        // Heaviest first, ties by term id, so the query terms and the output are deterministic.
        var order = Enumerable.Range(0, terms.Length).ToArray();
        Array.Sort(order, (a, b) => weights[a] != weights[b] ? weights[b].CompareTo(weights[a]) : terms[a].CompareTo(terms[b]));
        return new TermVector(Array.ConvertAll(order, o => terms[o]), Array.ConvertAll(order, o => weights[o]));
    }

    private static Dictionary<int, List<(int Paper, float Weight)>> InvertedIndex(TermVector[] vectors, int cap)
    {
        var postings = new Dictionary<int, List<(int, float)>>();
        for (var i = 0; i < vectors.Length; i++)
        {
            var v = vectors[i];
            for (var k = 0; k < v.Terms.Length; k++)
            {
                (postings.TryGetValue(v.Terms[k], out var list) ? list : postings[v.Terms[k]] = []).Add((i, v.Weights[k]));
            }
        }

        // A term only one paper has links nothing; one most papers have says little and costs much.
        foreach (var term in postings.Where(p => p.Value.Count < 2 || p.Value.Count > cap).Select(p => p.Key).ToList())
        {
            postings.Remove(term);
        }

        return postings;
    }

    private IEnumerable<int> TopMatches(int self, TermVector[] vectors, Dictionary<int, List<(int Paper, float Weight)>> postings, float[] scores)
    {
        var touched = new List<int>();
        var query = vectors[self];
        var used = 0;
        for (var k = 0; k < query.Terms.Length && used < QueryTerms; k++)
        {
            if (!postings.TryGetValue(query.Terms[k], out var list))
            {
                continue;
            }

            used++;
            foreach (var (other, weight) in list)
            {
                if (other == self)
                {
                    continue;
                }

                if (scores[other] == 0)
                {
                    touched.Add(other);
                }

                scores[other] += query.Weights[k] * weight;
            }
        }

        var top = TopK(touched, scores, _count);
        foreach (var j in touched)
        {
            scores[j] = 0;
        }

        return top;
    }

    /// <summary>The <paramref name="k"/> best-scoring papers, best first, ties to the earlier paper; no sort of all candidates.</summary>
    private static int[] TopK(List<int> candidates, float[] scores, int k)
    {
        var best = new List<int>(k + 1);
        foreach (var j in candidates)
        {
            var at = best.Count;
            while (at > 0 && Better(j, best[at - 1], scores))
            {
                at--;
            }

            if (at < k)
            {
                best.Insert(at, j);
                if (best.Count > k)
                {
                    best.RemoveAt(k);
                }
            }
        }

        return [.. best];
    }

    private static bool Better(int a, int b, float[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
}

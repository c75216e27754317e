using System.Buffers.Binary;
using System.IO.Hashing;
using PaperSite.Model;

namespace PaperSite.Related;

/// <summary>
/// Finds each paper's most similar papers by TF-IDF cosine over title and abstract. Not quadratic:
/// each paper only meets the papers that share one of its heaviest terms, through an inverted
/// index, and very common terms are left out of that meeting (they still count in the norms).
/// </summary>
internal sealed class RelatedPapersFinder
{
    private const int QueryTerms = 32;
    private const double MaxPostingShare = 0.05;
    private const int MinPostingCap = 50;

    // Terms in more papers than this are too common to tell papers apart, and would make the
    // work per paper grow with the corpus: with the cap, finding related papers stays linear.
    private const int MaxPostingCap = 400;

    // Sites up to this many papers score with statistics of all of them; larger ones with those of an epoch.
    private const int EpochUnit = 400;

    private readonly int _count;

    /// <summary>Creates a finder that picks <paramref name="count"/> related papers per paper.</summary>
    public RelatedPapersFinder(int count) => _count = count;

    /// <summary>How many papers the last <see cref="Find(IReadOnlyList{Paper}, RelatedMemory?)"/> matched from the last build's results and the new papers alone.</summary>
    public int Reused { get; private set; }

    /// <summary>For each paper (same order), the slugs of its most similar papers, most similar first.</summary>
    /// <param name="papers">The papers, in catalog order.</param>
    public IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Paper> papers) => Find(papers, null).Slugs;

    /// <summary>
    /// For each paper (same order), the slugs of its most similar papers, most similar first, using what
    /// the last build found (<paramref name="last"/>, when given) and giving what this build found, to keep.
    /// </summary>
    /// <param name="papers">The papers, in catalog order.</param>
    /// <param name="last">The last build's term counts and results; none to find every paper's from scratch.</param>
    internal RelatedFound Find(IReadOnlyList<Paper> papers, RelatedMemory? last)
    {
        if (_count == 0 || papers.Count < 2)
        {
            return new RelatedFound(papers.Select(_ => (IReadOnlyList<string>)[]).ToList(), null, null);
        }

        var counts = TermCounts.Of(papers, CorpusEpoch.Size(papers.Count, EpochUnit), last?.Counts);

        // The cap follows the epoch too, or every new day would move terms in or out of the postings.
        var cap = PostingCap(counts.Epoch);
        var vectors = TermVectors.Of(counts, cap);
        var postings = PostingIndex.Of(vectors, counts.DocumentFrequency.Length);

        // A new day adds papers after the last build's: those only need scoring against the new ones.
        var settings = $"{_count} {QueryTerms} {counts.Epoch} {cap}";
        var lastResults = last?.Results is { } results && results.Settings == settings ? results : null;
        var firstNew = lastResults?.ReusablePrefix(counts.Keys) ?? 0;

        // Lists can outgrow the cap by the papers added since the epoch.
        var longest = postings.LongestList;
        var queries = new UInt128[papers.Count];
        var matches = new int[papers.Count][];
        var scores = new float[papers.Count][];
        var reused = 0;
        Parallel.For(
            0,
            papers.Count,
            () => new Matcher(vectors, postings, QueryTerms * longest, _count),
            (i, _, matcher) =>
            {
                queries[i] = matcher.QueryHash(i);
                if (i < firstNew && matcher.TryMatchNewPapers(i, firstNew, queries[i], lastResults!.Of(i)))
                {
                    Interlocked.Increment(ref reused);
                }
                else
                {
                    matcher.MatchAll(i);
                }

                matches[i] = matcher.Papers.ToArray();
                scores[i] = matcher.Scores.ToArray();
                return matcher;
            },
            _ => { });
        Reused = reused;
        var slugs = matches.Select(m => (IReadOnlyList<string>)Slugs(m, papers)).ToList();
        return last is null
            ? new RelatedFound(slugs, null, null)
            : new RelatedFound(
                slugs,
                counts.AllKept ? null : counts,
                firstNew < papers.Count ? new RelatedResultCache(settings, counts.Keys, queries, matches, scores) : null);
    }

    private static int PostingCap(int papers) => Math.Min(MaxPostingCap, Math.Max(MinPostingCap, (int)(papers * MaxPostingShare)));

    private static string[] Slugs(ReadOnlySpan<int> indexes, IReadOnlyList<Paper> papers)
    {
        var slugs = new string[indexes.Length];
        for (var k = 0; k < slugs.Length; k++)
        {
            slugs[k] = papers[indexes[k]].Slug;
        }

        return slugs;
    }

    /// <summary>One thread's scratch space for scoring papers against one paper at a time.</summary>
    private sealed class Matcher(TermVectors vectors, PostingIndex postings, int maxTouched, int count)
    {
        private readonly float[] _scores = new float[vectors.PaperCount];

        // Each posting met adds at most one candidate, so there are no more than the query's postings;
        // one place more because every posting's paper is written there before it is known to be new.
        private readonly int[] _touched = new int[maxTouched + 1];
        private readonly TopPapers _best = new(count);

        /// <summary>The matches found by the last call, best first.</summary>
        public ReadOnlySpan<int> Papers => _best.Papers;

        /// <summary>The scores of <see cref="Papers"/>.</summary>
        public ReadOnlySpan<float> Scores => _best.Scores;

        /// <summary>The hash of paper <paramref name="self"/>'s query: its heaviest linking terms and their weights, in order.</summary>
        public UInt128 QueryHash(int self)
        {
            var terms = vectors.TermsOf(self);
            var weights = vectors.WeightsOf(self);
            var length = Math.Min(terms.Length, QueryTerms);
            Span<byte> query = stackalloc byte[QueryTerms * 2 * sizeof(int)];
            for (var k = 0; k < length; k++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(query[(8 * k)..], terms[k]);
                BinaryPrimitives.WriteSingleLittleEndian(query[((8 * k) + 4)..], weights[k]);
            }

            return XxHash128.HashToUInt128(query[..(8 * length)]);
        }

        /// <summary>Finds the best matches of paper <paramref name="self"/> among all papers.</summary>
        public void MatchAll(int self)
        {
            var touched = Score(self);
            _best.Clear();
            foreach (var j in touched)
            {
                _best.Offer(j, _scores[j]);
            }

            Forget(touched);
        }

        /// <summary>
        /// Finds the best matches of paper <paramref name="self"/>, one of the last build's papers (all
        /// before <paramref name="firstNew"/>), from its last matches and the new papers alone. That
        /// holds when its query is the one it had: the old papers' weights and postings are as they
        /// were, so are their scores; only new papers can enter. False, with nothing found, when the
        /// query changed (a term of its became linking) or a zero score would make full matching
        /// offer a paper twice.
        /// </summary>
        public bool TryMatchNewPapers(int self, int firstNew, UInt128 query, (UInt128 Query, int[] Papers, float[] Scores) last)
        {
            if (query != last.Query || last.Scores.Contains(0f) || ScoreNew(self, firstNew) is not (>= 0 and var met))
            {
                return false;
            }

            _best.Clear();
            for (var k = 0; k < last.Papers.Length; k++)
            {
                _best.Offer(last.Papers[k], last.Scores[k]);
            }

            var touched = _touched.AsSpan(0, met);
            foreach (var j in touched)
            {
                _best.Offer(j, _scores[j]);
            }

            Forget(touched);
            return true;
        }

        private void Forget(ReadOnlySpan<int> touched)
        {
            foreach (var j in touched)
            {
                _scores[j] = 0;
            }
        }

        /// <summary>
        /// Adds up the products over <paramref name="self"/>'s heaviest linking terms, in that order
        /// (float sums depend on their order); returns the papers met, in the order first met.
        /// </summary>
        private ReadOnlySpan<int> Score(int self)
        {
            var terms = vectors.TermsOf(self);
            var weights = vectors.WeightsOf(self);
            var touched = 0;
            for (var k = 0; k < Math.Min(terms.Length, QueryTerms); k++)
            {
                touched = Add(self, weights[k], postings.PostingsOf(terms[k]), touched);
            }

            return _touched.AsSpan(0, touched);
        }

        /// <summary>
        /// As <see cref="Score"/>, over the papers from <paramref name="firstNew"/> on only: postings are in
        /// paper order, so theirs end every list. The same products added in the same order: the same
        /// sums. Returns how many papers were met, or -1 (scores cleared) when a product is 0, which
        /// full matching would count twice.
        /// </summary>
        private int ScoreNew(int self, int firstNew)
        {
            var terms = vectors.TermsOf(self);
            var weights = vectors.WeightsOf(self);
            var touched = 0;
            for (var k = 0; k < Math.Min(terms.Length, QueryTerms); k++)
            {
                var list = postings.PostingsOf(terms[k]);
                var start = list.Length;
                while (start > 0 && list[start - 1].Paper >= firstNew)
                {
                    start--;
                }

                foreach (var (other, otherWeight) in list[start..])
                {
                    var product = weights[k] * otherWeight;
                    if (product == 0)
                    {
                        Forget(_touched.AsSpan(0, touched));
                        return -1;
                    }

                    if (_scores[other] == 0)
                    {
                        _touched[touched++] = other;
                    }

                    _scores[other] += product;
                }
            }

            return touched;
        }

        private int Add(int self, float weight, ReadOnlySpan<Posting> list, int touched)
        {
            var scores = _scores;
            var met = _touched;
            foreach (var (other, otherWeight) in list)
            {
                if (other == self)
                {
                    continue;
                }

                // A paper whose score is still 0 is new (or met only through zero weights: met again).
                // Written always and kept only then: no branch to mispredict on every other posting.
                var score = scores[other];
                met[touched] = other;
                touched += score == 0 ? 1 : 0;
                scores[other] = score + weight * otherWeight;
            }

            return touched;
        }
    }
}

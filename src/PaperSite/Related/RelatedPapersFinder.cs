using PaperSite.Caching;
using PaperSite.Model;
using PaperSite.Papers;

namespace PaperSite.Related;

/// <summary>
/// Finds each paper's most similar papers by TF-IDF cosine over title and abstract. Not quadratic:
/// each paper only meets the papers that share one of its heaviest terms, through an inverted
/// index, and very common terms are left out of that meeting (they still count in the norms).
/// </summary>
public sealed class RelatedPapersFinder
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

    /// <summary>For each paper (same order), the slugs of its most similar papers, most similar first.</summary>
    /// <param name="papers">The papers, in catalog order.</param>
    /// <param name="cache">Where papers' term counts are kept between builds; none by default.</param>
    public IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyList<Paper> papers, BuildCache? cache = null)
    {
        if (_count == 0 || papers.Count < 2)
        {
            return papers.Select(_ => (IReadOnlyList<string>)[]).ToList();
        }

        var counts = TermCounts.Of(papers, CorpusEpoch.Size(papers.Count, EpochUnit), cache);

        // The cap follows the epoch too, or every new day would move terms in or out of the postings.
        var cap = PostingCap(counts.Epoch);
        var vectors = TermVectors.Of(counts, cap);
        var postings = PostingIndex.Of(vectors, counts.DocumentFrequency.Length);

        // Lists can outgrow the cap by the papers added since the epoch.
        var longest = postings.LongestList;
        var result = new IReadOnlyList<string>[papers.Count];
        Parallel.For(
            0,
            papers.Count,
            () => new Matcher(vectors, postings, QueryTerms * longest, _count),
            (i, _, matcher) =>
            {
                result[i] = Slugs(matcher.TopMatches(i), papers);
                return matcher;
            },
            _ => { });
        return result;
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

        /// <summary>The best matches of paper <paramref name="self"/>, best first; valid until the next call.</summary>
        public ReadOnlySpan<int> TopMatches(int self)
        {
            var touched = Score(self);
            _best.Clear();
            foreach (var j in touched)
            {
                _best.Offer(j, _scores[j]);
            }

            foreach (var j in touched)
            {
                _scores[j] = 0;
            }

            return _best.Papers;
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

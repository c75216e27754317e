namespace PaperSite.Related;

/// <summary>A paper's unit-length TF-IDF vector: term ids and weights, heaviest first.</summary>
internal sealed record TermVector(int[] Terms, float[] Weights);

namespace PaperSite.Related;

/// <summary>A paper that has a term, and the term's weight in it.</summary>
internal readonly record struct Posting(int Paper, float Weight);

namespace PaperSite.Related;

/// <summary>What the last build found that finding related papers can start from.</summary>
/// <param name="Counts">Each text's counted terms.</param>
/// <param name="Results">Each paper's matches, or null when there are none to start from.</param>
internal sealed record RelatedMemory(TermCountCache Counts, RelatedResultCache? Results);

using System.Collections.Concurrent;

namespace PaperSite.Diagnostics;

/// <summary>Collects warnings from stages that may run in parallel; reports them in a stable order.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Records a warning about <paramref name="file"/>.</summary>
    public void Warn(string file, int? line, string message) =>
        _items.Enqueue(new Diagnostic(DiagnosticSeverity.Warning, file, line, message));

    /// <summary>Records <paramref name="diagnostics"/>: collected apart (to be kept for the next build, say) or kept from an earlier build.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    /// <summary>Every message so far, sorted by file, line and text so that output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

    /// <summary>How many messages were recorded.</summary>
    public int Count => _items.Count;
}

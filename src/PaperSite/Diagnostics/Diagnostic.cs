namespace PaperSite.Diagnostics;

/// <summary>A message about something the user wrote, pointing at the file and line.</summary>
/// <param name="Severity">Warning or error.</param>
/// <param name="File">The file the message is about, as the user knows it (relative to the input folder where possible).</param>
/// <param name="Line">1-based line, when the message is about one line.</param>
/// <param name="Message">What happened and, where useful, what to do.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string File, int? Line, string Message)
{
    /// <summary>Compiler-style text: <c>file:line: warning: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line}" : File;
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {kind}: {Message}";
    }
}

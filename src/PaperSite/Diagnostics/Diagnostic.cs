namespace PaperSite.Diagnostics;

/// <summary>A message about something the user wrote, pointing at the file and line.</summary>
/// <param name="Severity">Warning or error.</param>
/// <param name="File">The file the message is about, as the user knows it (relative to the input folder where possible).</param>
/// <param name="Line">1-based line, when the message is about one line.</param>
/// <param name="Message">What happened and, where useful, what to do.</param>
internal sealed record Diagnostic(DiagnosticSeverity Severity, string File, int? Line, string Message)
{
    /// <summary>1-based column on <see cref="Line"/>, when the message is about one place in the line (a template's syntax).</summary>
    public int? Column { get; init; }

    /// <summary>Compiler-style text: <c>file:line: warning: message</c>, or <c>file:line:column: error: message</c>.</summary>
    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            ({ } line, { } column) => $"{File}:{line}:{column}",
            ({ } line, null) => $"{File}:{line}",
            _ => File,
        };
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {kind}: {Message}";
    }
}

namespace PaperSite.Diagnostics;

/// <summary>
/// A failure the user can fix (bad YAML, missing template, unreadable folder). The CLI prints
/// <see cref="Diagnostic"/> as one line, never a stack trace.
/// </summary>
internal sealed class PaperSiteException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="file"/>.</summary>
    public PaperSiteException(string file, int? line, string message, Exception? inner = null)
        : base(message, inner)
    {
        Diagnostic = new Diagnostic(DiagnosticSeverity.Error, file, line, message);
    }

    /// <summary>Creates the exception for a problem at one place of <paramref name="file"/> (1-based line and column).</summary>
    public PaperSiteException(string file, int line, int column, string message, Exception? inner = null)
        : base(message, inner)
    {
        Diagnostic = new Diagnostic(DiagnosticSeverity.Error, file, line, message) { Column = column };
    }

    /// <summary>The message with its file and line.</summary>
    public Diagnostic Diagnostic { get; }
}

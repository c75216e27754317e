namespace PaperSite.Diagnostics;

/// <summary>How serious a build message is.</summary>
internal enum DiagnosticSeverity
{
    /// <summary>Something was skipped or guessed; the build still succeeds.</summary>
    Warning,

    /// <summary>The build cannot succeed.</summary>
    Error,
}

using PaperSite.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace PaperSite.Rendering;

/// <summary>Turns Scriban's errors into one-line messages naming the template, line and column.</summary>
internal static class TemplateErrors
{
    /// <summary>An error at <paramref name="span"/>, or in <paramref name="template"/> when the span names no file.</summary>
    public static PaperSiteException At(SourceSpan span, string template, string message, Exception? inner = null) =>
        string.IsNullOrEmpty(span.FileName)
            ? new PaperSiteException(template, null, message, inner)
            : new PaperSiteException(span.FileName, span.Start.Line + 1, span.Start.Column + 1, message, inner);

    /// <summary>What went wrong while <paramref name="template"/> rendered.</summary>
    public static PaperSiteException Of(Exception error, string template) => error switch
    {
        ScriptParserRuntimeException { ParserMessages.Count: > 0 } parse => At(parse.ParserMessages.First().Span, template, parse.ParserMessages.First().Message, error),
        ScriptRuntimeException script => At(script.Span, template, OneLine(script.OriginalMessage), error),
        _ => new PaperSiteException(template, null, OneLine(error.Message), error),
    };

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PaperSite.Lunr;

namespace PaperSite.Cli.Commands;

/// <summary><c>papersite lunr</c>: builds a lunr.js 2.3.9 index from a JSON array of documents, byte-identical to lunr.js.</summary>
internal static class LunrCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var docs = new Option<string>("--docs") { Description = "JSON file holding an array of document objects", Required = true };
        var refName = new Option<string>("--ref") { Description = "Document property used as the ref", DefaultValueFactory = _ => "id" };
        var fields = new Option<string[]>("--field")
        {
            Description = "Field to index, as name or name:boost (repeat for more fields)",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var boost = new Option<string?>("--boost-field") { Description = "Document property holding a numeric document boost" };
        var output = new Option<string?>("--out") { Description = "Where to write the index JSON (default: standard output, unless --parts is given)" };
        var parts = new Option<string?>("--parts")
        {
            Description = "Also (or only) write the index split by term into this new or empty folder: parts.json and, in 0/, the parts (p-*.json), their list and terms.json, for lunr-parts.js",
        };

        var command = new Command("lunr", "Build a lunr.js 2.3.9 search index (same bytes as lunr.js) from a JSON array of documents");
        command.Options.Add(docs);
        command.Options.Add(refName);
        command.Options.Add(fields);
        command.Options.Add(boost);
        command.Options.Add(output);
        command.Options.Add(parts);
        command.SetAction(parseResult => Run(
            parseResult,
            parseResult.GetValue(docs)!,
            parseResult.GetValue(refName)!,
            parseResult.GetValue(fields) ?? [],
            parseResult.GetValue(boost),
            parseResult.GetValue(output),
            parseResult.GetValue(parts)));
        return command;
    }

    /// <summary>Parses <c>name</c> or <c>name:boost</c> (the boost after the last colon).</summary>
    /// <exception cref="FormatException">The text is not in that form, or the name is not a valid lunr field name.</exception>
    public static LunrField ParseField(string text)
    {
        var colon = text.LastIndexOf(':');
        var name = colon < 0 ? text : text[..colon];
        var boost = 1.0;
        if (colon >= 0 && !double.TryParse(text[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out boost))
        {
            throw new FormatException($"bad --field '{text}': expected name or name:boost with a number as boost");
        }

        if (name.Length == 0)
        {
            throw new FormatException($"bad --field '{text}': the field name is empty");
        }

        if (name.Contains('/'))
        {
            throw new FormatException($"bad --field '{text}': lunr field names cannot contain '/'");
        }

        return new LunrField(name, boost);
    }

    private static int Run(ParseResult parseResult, string docsPath, string refName, string[] fieldTexts, string? boostName, string? outputPath, string? partsPath)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var fields = fieldTexts.Select(ParseField).ToList();
            if (partsPath is not null && Directory.Exists(partsPath) && Directory.EnumerateFileSystemEntries(partsPath).Any())
            {
                error.WriteLine($"papersite lunr: --parts folder '{partsPath}' is not empty; give a new or empty folder, so no part of another index is left beside these");
                return 1;
            }

            var analysis = LunrJsonIndexer.Analyse(ReadDocs(docsPath), refName, fields, boostName);
            if (partsPath is not null)
            {
                analysis.ToParts().WriteTo(partsPath);
                if (outputPath is null)
                {
                    return 0;
                }
            }

            var json = analysis.ToUtf8Json();
            if (outputPath is null)
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(json);
            }
            else
            {
                File.WriteAllBytes(outputPath, json);
            }

            return 0;
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber + 1;
            var position = exception.BytePositionInLine + 1;
            error.WriteLine($"papersite lunr: {docsPath} is not valid JSON (line {line}, position {position}): {FirstSentence(exception.Message)}");
        }
        catch (FormatException exception)
        {
            error.WriteLine($"papersite lunr: {(exception.Message.StartsWith("bad --field", StringComparison.Ordinal) ? string.Empty : docsPath + ": ")}{exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"papersite lunr: {exception.Message}");
        }

        return 1;
    }

    private static byte[] ReadDocs(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"docs file '{path}' does not exist");
        }

        return File.ReadAllBytes(path);
    }

    /// <summary>System.Text.Json appends its own "Path: … | LineNumber: …" suffix; we print line and position ourselves.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}

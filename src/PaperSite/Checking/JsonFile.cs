using System.Text.Json;

namespace PaperSite.Checking;

/// <summary>Reads a JSON file of the output, turning a syntax error into a problem rather than an exception.</summary>
internal static class JsonFile
{
    /// <summary>The parsed root object of <paramref name="file"/>, or null after reporting a <c>search-malformed</c> problem.</summary>
    public static JsonDocument? LoadObject(CheckContext site, string file, ProblemList problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.OutputDir, file)));
        }
        catch (JsonException e)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, $"is not valid JSON: {e.Message.Split(" Path:")[0]}", $"line {(e.LineNumber ?? 0) + 1}");
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(file, ProblemKinds.SearchMalformed, $"must be a JSON object, not {document.RootElement.ValueKind}");
            document.Dispose();
            return null;
        }

        return document;
    }
}

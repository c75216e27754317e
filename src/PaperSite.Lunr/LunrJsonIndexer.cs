using System.Text.Json;

namespace PaperSite.Lunr;

/// <summary>Analyses a JSON array of documents, as <c>lunr(function () { ... docs.forEach(d => this.add(d)) })</c> would.</summary>
internal static class LunrJsonIndexer
{
    /// <summary>Parses <paramref name="documentsJson"/> (UTF-8) and analyses its documents.</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    /// <exception cref="FormatException">The JSON is not an array of objects, or a boost is not a number.</exception>
    public static LunrAnalysis Analyse(ReadOnlyMemory<byte> documentsJson, string refName, IEnumerable<LunrField> fields, string? boostName = null)
    {
        var declared = LunrField.Declare(fields);
        using var parsed = JsonDocument.Parse(documentsJson, new JsonDocumentOptions { MaxDepth = 256 });
        var documents = LunrJsonDocuments.FromArray(parsed.RootElement, refName, declared, boostName);
        return new LunrIndexBuilder(declared).Analyse(documents);
    }
}

using System.Text.Json.Serialization;

namespace PaperSite.Search;

/// <summary>
/// The search documents' JSON contract, generated at compile time: serializing them by reflection
/// first works out the contract at run time, which cost more than writing a daily build's documents.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, SearchDocument>))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;

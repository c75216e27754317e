using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaperSite.Caching;
using PaperSite.Model;
using PaperSite.Pages.Views;

namespace PaperSite.Pages;

/// <summary>
/// The key of what a page shows: a hash of its model (or of what its model is made from) written
/// out whole as JSON, every public property of every record in it, after a prefix that names the
/// theme, the layout and the code. Two pages with the same key render the same bytes.
/// </summary>
/// <remarks>
/// Two values stand for themselves in that JSON by a hash, since they are long and every page would
/// otherwise hash them again: a paper card by the hash of its own JSON (one card is shown on many
/// pages and hashed once per build), and an abstract by its key (a hash of its text) with its excerpt.
/// </remarks>
internal static class PageKey
{
    // Only hashed, never shown: the relaxed encoder escapes least, and the bytes still tell every value apart.
    private static readonly JsonSerializerOptions Whole = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Json = new(Whole) { Converters = { new TextAsKey(), new CardAsKey() } };

    /// <summary>The key of <paramref name="shown"/> after <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, object shown) => Fingerprint.Of(stream =>
    {
        stream.Write(Encoding.UTF8.GetBytes(CodeVersion.Id + "\n" + prefix + "\n"));
        JsonSerializer.Serialize(stream, shown, shown.GetType(), Json);
    });

    /// <summary>An abstract as its key, which texts share only when they are equal, and its excerpt.</summary>
    private sealed class TextAsKey : JsonConverter<PaperText>
    {
        public override void Write(Utf8JsonWriter writer, PaperText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(PaperText.Key), value.Key.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString(nameof(PaperText.Excerpt), value.Excerpt);
            writer.WriteEndObject();
        }

        public override PaperText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
    }

    /// <summary>
    /// A card as the hash of its whole JSON, made once per card: the cards of a build are made once
    /// and shared by every page that lists them (and, immutable, never change).
    /// </summary>
    private sealed class CardAsKey : JsonConverter<PaperCard>
    {
        private readonly ConditionalWeakTable<PaperCard, string> _keys = [];

        public override void Write(Utf8JsonWriter writer, PaperCard value, JsonSerializerOptions options) =>
            writer.WriteStringValue(_keys.GetValue(value, static card => Fingerprint.Of(stream => JsonSerializer.Serialize(stream, card, Whole))));

        public override PaperCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}

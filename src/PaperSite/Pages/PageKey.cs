using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Caching;

namespace PaperSite.Pages;

/// <summary>
/// The key of what a page shows: a hash of its model (or of what its model is made from) written
/// out whole as JSON, every public property of every record in it, after a prefix that names the
/// theme, the layout and the code. Two pages with the same key render the same bytes.
/// </summary>
internal static class PageKey
{
    // Only hashed, never shown: the relaxed encoder escapes least, and the bytes still tell every value apart.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The key of <paramref name="shown"/> after <paramref name="prefix"/>.</summary>
    public static string Of(string prefix, object shown) => Fingerprint.Of(stream =>
    {
        stream.Write(Encoding.UTF8.GetBytes(CodeVersion.Id + "\n" + prefix + "\n"));
        JsonSerializer.Serialize(stream, shown, shown.GetType(), Json);
    });
}

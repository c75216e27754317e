using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperSite.Lunr;

/// <summary>
/// Reads documents from parsed JSON the way lunr.js reads JavaScript objects: <c>doc[ref]</c> and
/// <c>doc[field]</c> with JavaScript's string conversions (a repeated key means its last value, as in
/// <c>JSON.parse</c>).
/// </summary>
internal static class LunrJsonDocuments
{
    /// <summary>Turns a JSON array of objects into documents.</summary>
    /// <param name="documents">The parsed array.</param>
    /// <param name="refName">The property holding the document ref.</param>
    /// <param name="fields">The fields to read (their extractors are ignored: values come from the JSON).</param>
    /// <param name="boostName">Optional property holding a numeric document boost.</param>
    /// <exception cref="FormatException">The JSON is not an array of objects, or a boost is not a number.</exception>
    public static List<LunrDocument> FromArray(JsonElement documents, string refName, IEnumerable<LunrField> fields, string? boostName = null)
    {
        if (documents.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"expected a JSON array of documents, found {Describe(documents.ValueKind)}");
        }

        var names = fields.Select(field => field.Name).Distinct(StringComparer.Ordinal).ToArray();
        var result = new List<LunrDocument>(documents.GetArrayLength());
        var position = 0;
        foreach (var element in documents.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"document {position} is {Describe(element.ValueKind)}, not an object");
            }

            result.Add(FromObject(element, refName, names, boostName, position));
            position++;
        }

        return result;
    }

    /// <summary>A JSON value as lunr's tokenizer sees it: null/missing, array, or scalar text.</summary>
    public static LunrValue ToValue(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return LunrValue.Missing;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            // lunr.utils.asString: null elements become "", everything else toString().
            return LunrValue.FromList(element.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Null ? string.Empty : ToJsString(item)));
        }

        return LunrValue.FromString(ToJsString(element));
    }

    /// <summary>JavaScript's <c>String(value)</c> for a JSON value.</summary>
    public static string ToJsString(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!;
            case JsonValueKind.Number:
                return JsNumber.ToString(ParseNumber(value));
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return "null";
            case JsonValueKind.Object:
                return "[object Object]";
            case JsonValueKind.Array:
                // Array.prototype.toString joins with commas; null elements print as "".
                var joined = new StringBuilder();
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        joined.Append(',');
                    }

                    first = false;
                    joined.Append(item.ValueKind == JsonValueKind.Null ? string.Empty : ToJsString(item));
                }

                return joined.ToString();
            default:
                return "undefined";
        }
    }

    private static LunrDocument FromObject(JsonElement element, string refName, string[] names, string? boostName, int position)
    {
        var refText = TryGetLast(element, refName, out var refValue) ? ToJsString(refValue) : "undefined";
        var values = new Dictionary<string, LunrValue>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (TryGetLast(element, name, out var value))
            {
                values[name] = ToValue(value);
            }
        }

        var boost = 1.0;
        if (boostName is not null && TryGetLast(element, boostName, out var boostValue) && boostValue.ValueKind != JsonValueKind.Null)
        {
            if (boostValue.ValueKind != JsonValueKind.Number)
            {
                throw new FormatException($"document {position}: boost '{boostName}' is {Describe(boostValue.ValueKind)}, not a number");
            }

            boost = ParseNumber(boostValue);
        }

        return new LunrDocument(refText, values, boost);
    }

    /// <summary>Like <c>JSON.parse</c>, a property given twice means its last value.</summary>
    private static bool TryGetLast(JsonElement element, string name, out JsonElement value)
    {
        var found = false;
        value = default;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                value = property.Value;
                found = true;
            }
        }

        return found;
    }

    /// <summary>JSON.parse's number: the nearest double, overflowing to ±Infinity.</summary>
    private static double ParseNumber(JsonElement value)
    {
        return double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}

using System.Text.RegularExpressions;
using PaperSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperSite.Configuration;

/// <summary>Reads a YAML file into a settings type, turning every YAML mistake into one clear message.</summary>
internal static partial class YamlFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeMapping<IReadOnlyDictionary<string, string>, Dictionary<string, string>>()
        .Build();

    /// <summary>Deserialises <paramref name="path"/>; an empty file gives <paramref name="empty"/>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How messages name the file.</param>
    /// <param name="empty">The value for an empty file.</param>
    /// <exception cref="PaperSiteException">The YAML is malformed, has keys the type does not know or a key twice, stands for too many values, or holds a character no page can show.</exception>
    public static T Load<T>(string path, string displayName, T empty)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new PaperSiteException(displayName, null, $"cannot read the file: {e.Message}", e);
        }

        return Parse(text, displayName, empty, 0);
    }

    /// <summary>Deserialises YAML <paramref name="text"/>; empty text gives <paramref name="empty"/>.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="displayName">How messages name the file it came from.</param>
    /// <param name="empty">The value for empty text.</param>
    /// <param name="lineOffset">Lines in the file above the text (front matter starts below its <c>---</c>).</param>
    /// <exception cref="PaperSiteException">As <see cref="Load{T}"/>.</exception>
    public static T Parse<T>(string text, string displayName, T empty, int lineOffset)
    {
        try
        {
            YamlExpansion.Check(text, displayName, lineOffset);
            YamlCharacters.Check(text, displayName, lineOffset);
            return Deserializer.Deserialize<T?>(text) ?? empty;
        }
        catch (YamlException e)
        {
            throw new PaperSiteException(displayName, (int)e.Start.Line + lineOffset, Describe(e), e);
        }
    }

    private static string Describe(YamlException e)
    {
        var innermost = e;
        while (innermost.InnerException is YamlException inner)
        {
            innermost = inner;
        }

        // The settings' only values parsed from text are whole numbers: .NET's words for 2024.5 or 1e30 are not the user's.
        if (innermost.InnerException is FormatException or OverflowException)
        {
            return "expected a whole number here";
        }

        var message = innermost.InnerException?.Message ?? innermost.Message;
        var duplicate = DuplicateKey().Match(message);
        if (duplicate.Success)
        {
            return $"'{duplicate.Groups["key"].Value}' is given twice; keep one";
        }

        var wrongType = WrongType().Match(message);
        if (wrongType.Success)
        {
            return $"expected {Friendly(wrongType.Groups["type"].Value)} here";
        }

        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, ...): "; the diagnostic already says where.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && cut > 0 ? message[(cut + 3)..] : message;
    }

    private static string Friendly(string type) => type switch
    {
        _ when type.StartsWith("System.String", StringComparison.Ordinal) => "a single text value",
        _ when type.StartsWith("System.Int32", StringComparison.Ordinal) || type.Contains("System.Int32", StringComparison.Ordinal) => "a whole number",
        _ when type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "a list",
        _ => "a different kind of value",
    };

    [GeneratedRegex(@"^Encountered duplicate key (?<key>.*)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"(deserialize the node into type |create an instance of type ')(?<type>[^\s,']+)")]
    private static partial Regex WrongType();
}

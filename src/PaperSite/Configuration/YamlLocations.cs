using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperSite.Configuration;

/// <summary>
/// Where things stand in a YAML file, so a message about a value (not its syntax) can still name
/// the line: top-level keys, and the items of a top-level list.
/// </summary>
internal sealed class YamlLocations
{
    private readonly YamlMappingNode? _root;

    private YamlLocations(YamlMappingNode? root) => _root = root;

    /// <summary>Reads the layout of <paramref name="text"/>; malformed YAML gives no locations.</summary>
    public static YamlLocations Of(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return new YamlLocations(stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode);
        }
        catch (YamlException)
        {
            return new YamlLocations(null);
        }
    }

    /// <summary>The 1-based line of the top-level <paramref name="key"/>, if present.</summary>
    public int? LineOf(string key) =>
        _root?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Key is { } node
            ? (int)node.Start.Line
            : null;

    /// <summary>The 1-based line of <paramref name="childKey"/> in the top-level map <paramref name="key"/>, else of <paramref name="key"/>.</summary>
    public int? LineOfEntry(string key, string childKey) =>
        _root is not null
        && _root.Children.TryGetValue(new YamlScalarNode(key), out var map)
        && map is YamlMappingNode mapping
        && mapping.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == childKey) is { } entry
            ? (int)entry.Start.Line
            : LineOf(key);

    /// <summary>The 1-based line where item <paramref name="index"/> of the top-level list <paramref name="key"/> starts.</summary>
    public int? LineOfItem(string key, int index) =>
        _root is not null
        && _root.Children.TryGetValue(new YamlScalarNode(key), out var list)
        && list is YamlSequenceNode sequence
        && index < sequence.Children.Count
            ? (int)sequence.Children[index].Start.Line
            : null;
}

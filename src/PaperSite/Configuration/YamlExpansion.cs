using System.Globalization;
using PaperSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PaperSite.Configuration;

/// <summary>
/// Counts the values a YAML text stands for, an alias counting everything it repeats, and refuses
/// a text that stands for more than <see cref="MaxValues"/>: a few lines of aliases can repeat a
/// list across every topic and cost gigabytes once deserialised.
/// </summary>
internal static class YamlExpansion
{
    /// <summary>The most values (scalars, lists and maps) a settings file may stand for.</summary>
    public const int MaxValues = 100_000;

    /// <summary>Reads <paramref name="text"/> event by event; syntax errors are left to the deserialiser.</summary>
    /// <exception cref="PaperSiteException">The text stands for more than <see cref="MaxValues"/> values.</exception>
    public static void Check(string text, string displayName, int lineOffset)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long CountAtStart)>();
        long count = 0;
        var parser = new Parser(new StringReader(text));
        while (MoveNext(parser))
        {
            switch (parser.Current)
            {
                case Scalar scalar:
                    count++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
                case NodeEvent { } start and (SequenceStart or MappingStart):
                    count++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, count - 1));
                    break;
                case SequenceEnd or MappingEnd when open.Count > 0:
                    var (anchor, countAtStart) = open.Pop();
                    if (anchor is not null)
                    {
                        sizes[anchor] = count - countAtStart;
                    }

                    break;
                case AnchorAlias alias:
                    count += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }

            if (count > MaxValues)
            {
                throw new PaperSiteException(
                    displayName,
                    (int)parser.Current!.Start.Line + lineOffset,
                    string.Create(CultureInfo.InvariantCulture, $"the file stands for more than {MaxValues:N0} values (an alias counts everything it repeats); write shorter lists or fewer aliases"));
            }
        }
    }

    /// <summary>The next event, or false at the end or at a syntax error (which the deserialiser reports with its line).</summary>
    private static bool MoveNext(Parser parser)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return false;
        }
    }
}

using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using PaperSite.Output;

namespace PaperSite.Pages;

/// <summary>
/// Fingerprints a page model by walking its public properties: strings, numbers, booleans, lists
/// and nested view records. Serialising the model to JSON to hash it cost more than rendering the
/// page; this walk does no escaping and no transcoding, so checking whether a page changed is cheap.
/// </summary>
public static class ModelFingerprint
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private enum Tag : byte
    {
        Null,
        String,
        True,
        False,
        Int,
        ListStart,
        ListEnd,
        Record,
    }

    /// <summary>The fingerprint of <paramref name="prefix"/> followed by <paramref name="model"/>'s content.</summary>
    /// <exception cref="NotSupportedException">The model holds a value of a kind this walk does not know.</exception>
    public static string Of(string prefix, object model)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        WriteString(buffer, prefix);
        Write(buffer, model);
        return Fingerprint.Of(buffer.WrittenSpan);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null:
                WriteTag(buffer, Tag.Null);
                break;
            case string text:
                WriteTag(buffer, Tag.String);
                WriteString(buffer, text);
                break;
            case bool flag:
                WriteTag(buffer, flag ? Tag.True : Tag.False);
                break;
            case int number:
                WriteTag(buffer, Tag.Int);
                WriteInt(buffer, number);
                break;
            case IEnumerable items:
                WriteList(buffer, items);
                break;
            default:
                WriteRecord(buffer, value);
                break;
        }
    }

    private static void WriteList(ArrayBufferWriter<byte> buffer, IEnumerable items)
    {
        WriteTag(buffer, Tag.ListStart);
        foreach (var item in items)
        {
            Write(buffer, item);
        }

        WriteTag(buffer, Tag.ListEnd);
    }

    private static void WriteRecord(ArrayBufferWriter<byte> buffer, object value)
    {
        var type = value.GetType();
        WriteTag(buffer, Tag.Record);
        WriteInt(buffer, type.MetadataToken);
        foreach (var property in PropertiesByType.GetOrAdd(type, PropertiesOf))
        {
            Write(buffer, property.GetValue(value));
        }
    }

    private static PropertyInfo[] PropertiesOf(Type type)
    {
        // Only the site's own view records are walked: anything else could hide state the walk misses.
        if (type.Assembly != typeof(ModelFingerprint).Assembly || type.Namespace != typeof(Views.IPageModel).Namespace)
        {
            throw new NotSupportedException($"a page model holds a {type}, which ModelFingerprint cannot fingerprint");
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToArray();
    }

    private static void WriteTag(ArrayBufferWriter<byte> buffer, Tag tag)
    {
        buffer.GetSpan(1)[0] = (byte)tag;
        buffer.Advance(1);
    }

    private static void WriteInt(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string text)
    {
        // The length first, so "ab"+"c" and "a"+"bc" differ.
        WriteInt(buffer, text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }
}

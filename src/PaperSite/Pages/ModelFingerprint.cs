using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PaperSite.Output;

namespace PaperSite.Pages;

/// <summary>
/// Fingerprints a page model by walking its public properties: strings, numbers, booleans, dates,
/// lists and nested view and model records, and a paper's text by its key (the text is not read).
/// A record marked <see cref="Model.SharedAttribute"/> is walked once per build; the keys of pages
/// holding it take its hash. Serialising the model to JSON
/// to hash it cost more than rendering the page; this walk does no escaping and no transcoding, so
/// checking whether a page changed is cheap.
/// Each record type's walk is compiled once into a delegate that reads its properties directly:
/// reading them through reflection (and boxing every number and flag) cost more than the hashing.
/// </summary>
internal static class ModelFingerprint
{
    private const string WalkedViews = "PaperSite.Pages.Views";
    private const string WalkedModel = "PaperSite.Model";

    private static readonly ConcurrentDictionary<Type, RecordWriter> WritersByType = new();

    // Hashes of shared records, by instance: they live as long as the records do. A table takes a
    // lock to add, and render threads adding a card each contended on one (4% of a next-day
    // build's CPU samples), so records are spread over several tables by their identity hash.
    private static readonly ConditionalWeakTable<object, StrongBox<UInt128>>[] SharedHashes =
        [.. Enumerable.Range(0, 16).Select(_ => new ConditionalWeakTable<object, StrongBox<UInt128>>())];

    // One buffer per depth of shared records being walked on this thread (the page is depth 0).
    [ThreadStatic]
    private static List<ArrayBufferWriter<byte>>? t_buffers;

    [ThreadStatic]
    private static int t_depth;

    private delegate void RecordWriter(ArrayBufferWriter<byte> buffer, object record);

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
        Shared,
        Text,
    }

    /// <summary>The fingerprint of <paramref name="prefix"/> followed by <paramref name="model"/>'s content.</summary>
    /// <exception cref="NotSupportedException">The model holds a value of a kind this walk does not know.</exception>
    public static string Of(string prefix, object model)
    {
        var buffer = RentBuffer();
        try
        {
            WriteString(buffer, prefix);
            Write(buffer, model);
            return Fingerprint.Of(buffer.WrittenSpan);
        }
        finally
        {
            t_depth--;
        }
    }

    private static ArrayBufferWriter<byte> RentBuffer()
    {
        var buffers = t_buffers ??= [];
        if (t_depth == buffers.Count)
        {
            buffers.Add(new ArrayBufferWriter<byte>(16 * 1024));
        }

        var buffer = buffers[t_depth++];
        buffer.ResetWrittenCount();
        return buffer;
    }

    /// <summary>Writes a shared record as the hash of its walk, walking it only the first time it is met.</summary>
    private static void WriteShared(ArrayBufferWriter<byte> buffer, object record, RecordWriter writer)
    {
        // No callback to add with: capturing the writer would allocate on every call, hits included.
        var table = SharedHashes[(RuntimeHelpers.GetHashCode(record) & int.MaxValue) % SharedHashes.Length];
        if (!table.TryGetValue(record, out var known))
        {
            known = new StrongBox<UInt128>(HashOf(record, writer));
            table.TryAdd(record, known);
        }

        var hash = known.Value;
        WriteTag(buffer, Tag.Shared);
        BinaryPrimitives.WriteUInt128LittleEndian(buffer.GetSpan(16), hash);
        buffer.Advance(16);
    }

    private static UInt128 HashOf(object record, RecordWriter writer)
    {
        var own = RentBuffer();
        try
        {
            writer(own, record);
            return XxHash128.HashToUInt128(own.WrittenSpan);
        }
        finally
        {
            t_depth--;
        }
    }

    private static void Write(ArrayBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null:
                WriteTag(buffer, Tag.Null);
                break;
            case string text:
                WriteTaggedString(buffer, text);
                break;
            case bool flag:
                WriteBool(buffer, flag);
                break;
            case int number:
                WriteTaggedInt(buffer, number);
                break;
            case DateOnly date:
                WriteTaggedInt(buffer, date.DayNumber);
                break;
            case Model.PaperText text:
                WriteText(buffer, text);
                break;
            case IEnumerable items:
                WriteList(buffer, items);
                break;
            default:
                WritersByType.GetOrAdd(value.GetType(), CompileWriter)(buffer, value);
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

    /// <summary>The same bytes as <see cref="WriteList(ArrayBufferWriter{byte}, IEnumerable)"/>, without a boxed enumerator for a list.</summary>
    private static void WriteTypedList<T>(ArrayBufferWriter<byte> buffer, IEnumerable<T>? items)
    {
        if (items is not IReadOnlyList<T> list)
        {
            Write(buffer, items);
            return;
        }

        WriteTag(buffer, Tag.ListStart);
        for (var i = 0; i < list.Count; i++)
        {
            Write(buffer, list[i]);
        }

        WriteTag(buffer, Tag.ListEnd);
    }

    private static void WriteRecordStart(ArrayBufferWriter<byte> buffer, int typeToken)
    {
        WriteTag(buffer, Tag.Record);
        WriteInt(buffer, typeToken);
    }

    /// <summary>
    /// Compiles the walk of one record type: its tag and type, then each property in declaration
    /// order, written exactly as <see cref="Write"/> would write the property's value.
    /// </summary>
    private static RecordWriter CompileWriter(Type type)
    {
        // Only the site's own view and model records are walked: anything else could hide state the walk misses.
        if (type.Assembly != typeof(ModelFingerprint).Assembly || type.Namespace is not (WalkedViews or WalkedModel))
        {
            throw new NotSupportedException($"a page model holds a {type}, which ModelFingerprint cannot fingerprint");
        }

        var buffer = Expression.Parameter(typeof(ArrayBufferWriter<byte>), "buffer");
        var record = Expression.Parameter(typeof(object), "record");
        var typed = Expression.Variable(type, "typed");
        var body = new List<Expression>
        {
            Expression.Assign(typed, Expression.Convert(record, type)),
            Expression.Call(Method(nameof(WriteRecordStart)), buffer, Expression.Constant(type.MetadataToken)),
        };
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);
        body.AddRange(properties.Select(p => WriteValue(buffer, Expression.Property(typed, p))));
        var walk = Expression.Lambda<RecordWriter>(Expression.Block([typed], body), buffer, record).Compile();
        return type.IsDefined(typeof(Model.SharedAttribute), inherit: false)
            ? (b, r) => WriteShared(b, r, walk)
            : walk;
    }

    /// <summary>The call that writes <paramref name="value"/>, picked by its declared type so no value is boxed or tested at run time when the type tells.</summary>
    private static MethodCallExpression WriteValue(ParameterExpression buffer, Expression value)
    {
        var type = value.Type;
        if (type == typeof(string))
        {
            return Expression.Call(Method(nameof(WriteTaggedString)), buffer, value);
        }

        if (type == typeof(bool))
        {
            return Expression.Call(Method(nameof(WriteBool)), buffer, value);
        }

        if (type == typeof(int))
        {
            return Expression.Call(Method(nameof(WriteTaggedInt)), buffer, value);
        }

        if (type == typeof(Model.PaperText))
        {
            return Expression.Call(Method(nameof(WriteText)), buffer, value);
        }

        if (type == typeof(DateOnly))
        {
            return Expression.Call(Method(nameof(WriteTaggedInt)), buffer, Expression.Property(value, nameof(DateOnly.DayNumber)));
        }

        if (ItemType(type) is { } item)
        {
            return Expression.Call(Method(nameof(WriteTypedList)).MakeGenericMethod(item), buffer, value);
        }

        return Expression.Call(Method(nameof(Write)), buffer, Expression.Convert(value, typeof(object)));
    }

    /// <summary>T when <paramref name="type"/> is <see cref="IEnumerable{T}"/> or a list interface of T (not a string: a string is text).</summary>
    private static Type? ItemType(Type type) =>
        type.IsInterface && type.IsGenericType && type.GetGenericArguments() is [var item] && item != typeof(char)
            && typeof(IEnumerable<>).MakeGenericType(item).IsAssignableFrom(type)
            ? item
            : null;

    private static MethodInfo Method(string name) =>
        typeof(ModelFingerprint).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)
        ?? throw new MissingMethodException(nameof(ModelFingerprint), name);

    private static void WriteTaggedString(ArrayBufferWriter<byte> buffer, string? text)
    {
        if (text is null)
        {
            WriteTag(buffer, Tag.Null);
            return;
        }

        WriteTag(buffer, Tag.String);
        WriteString(buffer, text);
    }

    /// <summary>A paper's text as its key and length: what the text is made into follows from it, and it need not be read.</summary>
    private static void WriteText(ArrayBufferWriter<byte> buffer, Model.PaperText text)
    {
        WriteTag(buffer, Tag.Text);
        BinaryPrimitives.WriteUInt128LittleEndian(buffer.GetSpan(16), text.Key);
        buffer.Advance(16);
        WriteInt(buffer, text.Length);
    }

    private static void WriteBool(ArrayBufferWriter<byte> buffer, bool flag) => WriteTag(buffer, flag ? Tag.True : Tag.False);

    private static void WriteTaggedInt(ArrayBufferWriter<byte> buffer, int number)
    {
        WriteTag(buffer, Tag.Int);
        WriteInt(buffer, number);
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

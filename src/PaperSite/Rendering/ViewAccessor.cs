using System.Collections.Concurrent;
using System.Reflection;
using PaperSite.Pages.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// How templates read PaperSite's view records: the members Scriban's own accessor would give,
/// under the same snake_case names, read through delegates made once per type. Scriban's accessor
/// reads every member through reflection, and its import does so again for every page's globals,
/// which showed in the cost of every page. View records are immutable, so nothing is ever set.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> ByType = new();

    private static readonly MethodInfo BoxGetter = typeof(ViewAccessor).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);

    private ViewAccessor(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetMethod is { IsPublic: true } getter
                && property.GetIndexParameters().Length == 0
                && property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null)
            {
                var name = StandardMemberRenamer.Default(property);
                _getters.TryAdd(string.IsNullOrEmpty(name) ? property.Name : name, Getter(type, property.PropertyType, getter));
            }
        }
    }

    /// <summary>True for the records of <see cref="PaperSite.Pages.Views"/>, which templates read through a <see cref="ViewAccessor"/>.</summary>
    public static bool IsView(Type type) => type.Namespace == typeof(IPageModel).Namespace && type.IsClass && !type.IsAbstract;

    /// <summary>The accessor of <paramref name="type"/>'s public properties (PaperSite's records have no public fields).</summary>
    public static ViewAccessor For(Type type) => ByType.GetOrAdd(type, t => new ViewAccessor(t));

    /// <summary>Sets each member of <paramref name="model"/> in <paramref name="globals"/>, as Scriban's import does.</summary>
    public void Import(object model, ScriptObject globals)
    {
        foreach (var (name, get) in _getters)
        {
            globals.SetValue(name, get(model), readOnly: false);
        }
    }

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    /// <inheritdoc />
    public bool HasIndexer => false;

    /// <inheritdoc />
    public Type? IndexType => null;

    private static Func<object, object?> Getter(Type type, Type valueType, MethodInfo getter) =>
        (Func<object, object?>)BoxGetter.MakeGenericMethod(type, valueType).Invoke(null, [getter.CreateDelegate(typeof(Func<,>).MakeGenericType(type, valueType))])!;

    private static Func<object, object?> Box<TTarget, TValue>(Func<TTarget, TValue> get) => target => get((TTarget)target);
}

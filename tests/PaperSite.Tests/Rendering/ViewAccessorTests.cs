using System.Collections;
using PaperSite.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperSite.Tests.Rendering;

/// <summary>Templates read view records through PaperSite's accessor exactly as through Scriban's own.</summary>
public sealed class ViewAccessorTests
{
    [Fact]
    public void Every_view_of_every_layout_has_the_members_and_values_Scribans_accessor_gives()
    {
        var scriban = new TemplateContext();
        var checkedTypes = new HashSet<Type>();
        foreach (var (_, name, model) in new ThemeModels(t => t).All())
        {
            var imported = new ScriptObject();
            imported.Import(model, renamer: scriban.MemberRenamer);
            var ours = new ScriptObject();
            ViewAccessor.For(model.GetType()).Import(model, ours);
            Assert.Equal(imported.Keys, ours.Keys);
            Assert.All(imported.Keys, key => Assert.Equal(imported[key], ours[key]));
            foreach (var value in imported.Values)
            {
                Compare(scriban, value, checkedTypes, name);
            }
        }

        Assert.Contains(typeof(PaperSite.Pages.Views.PaperCard), checkedTypes);
        Assert.Contains(typeof(PaperSite.Pages.Views.Pagination), checkedTypes);
    }

    private static void Compare(TemplateContext scriban, object? value, HashSet<Type> checkedTypes, string name)
    {
        if (value is null or string)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Compare(scriban, item, checkedTypes, name);
            }

            return;
        }

        var type = value.GetType();
        if (!ViewAccessor.IsView(type))
        {
            return;
        }

        checkedTypes.Add(type);
        var theirs = scriban.GetMemberAccessor(value);
        var ours = ViewAccessor.For(type);
        var members = theirs.GetMembers(scriban, new SourceSpan(), value).ToList();
        Assert.Equal(members, ours.GetMembers(scriban, new SourceSpan(), value));
        foreach (var member in members)
        {
            Assert.True(theirs.TryGetValue(scriban, new SourceSpan(), value, member, out var expected));
            Assert.True(ours.TryGetValue(scriban, new SourceSpan(), value, member, out var actual), $"{name}: {type.Name}.{member}");
            Assert.Equal(expected, actual);
            Assert.False(ours.TrySetValue(scriban, new SourceSpan(), value, member, expected), $"{type.Name}.{member} can be set");
            Compare(scriban, actual, checkedTypes, name);
        }
    }
}

using System.Diagnostics;
using PaperSite.Diagnostics;
using PaperSite.Pages.Views;
using PaperSite.Rendering;

namespace PaperSite.Tests.Rendering;

/// <summary>What the Scriban engine lets a theme do: values escaped, partials once, nothing outside the theme, no hang.</summary>
public sealed class TemplateEngineTests
{
    private const string Hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> 'q' & {{ 7*7 }}";
    private const string HostileEscaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;q&#39; &amp; {{ 7*7 }}";

    [Fact]
    public void Every_value_is_escaped_in_text_and_in_attributes()
    {
        using var theme = new TinyTheme(("page", "<p title=\"{{ page.title }}\">{{ page.heading }}</p><i>{{ page.title | string.upcase | string.downcase }}</i>"));
        Assert.Equal($"<p title=\"{HostileEscaped}\">{HostileEscaped}</p><i>{HostileEscaped}</i>", theme.Render(Hostile));
    }

    [Fact]
    public void A_partial_comes_out_once_and_unescaped()
    {
        using var theme = new TinyTheme(
            ("page", "{{ include \"card\" text: page.title }}|{{ x = include \"card\" text: page.title; x }}"),
            ("partials/card", "<b class=\"card\">{{ $text }}</b>"));
        Assert.Equal("<b class=\"card\">a &amp; &lt;b&gt;</b>|<b class=\"card\">a &amp; &lt;b&gt;</b>", theme.Render("a & <b>"));
    }

    [Fact]
    public void Html_the_model_marks_as_html_is_written_as_it_is()
    {
        using var theme = new TinyTheme(("page", "<div>{{ content_html }}</div>"));
        Assert.Equal("<div><p>Markdown <em>made</em> this</p></div>", theme.Render(content: "<p>Markdown <em>made</em> this</p>"));
    }

    [Fact]
    public void The_body_comes_out_once_as_the_layout_wrote_it_also_when_base_captures_it()
    {
        using var theme = new TinyTheme(
            ("base", "<main>{{ body }}</main>{{ capture copy }}{{ body }}{{ end }}<pre>{{ copy }}</pre>"),
            ("page", "<h1>{{ page.title }}</h1>"));
        Assert.Equal("<main><h1>a &amp; b</h1></main><pre>&lt;h1&gt;a &amp;amp; b&lt;/h1&gt;</pre>", theme.Render("a & b"));
    }

    [Fact]
    public void Data_is_never_run_as_a_template()
    {
        using var theme = new TinyTheme(("page", "{{ page.title }}"));
        Assert.Equal("{{ 7*7 }} {% raw %}", theme.Render("{{ 7*7 }} {% raw %}"));
        Assert.Equal(
            "theme/layouts/page.sbn-html:1:24: error: Cannot get member with name eval_template.",
            new TinyTheme(("page", "{{ page.title | object.eval_template }}")).Error());
    }

    [Theory]
    [InlineData("<h1>{{ for t in page.nav }}</h1>", "theme/layouts/page.sbn-html:1:")]
    [InlineData("<h1>{{ page.titel }}</h1>", "theme/layouts/page.sbn-html:1:13: error: Cannot get member with name titel.")]
    [InlineData("<h1>\n  {{ pgae.title }}</h1>", "theme/layouts/page.sbn-html:2:6: error: The variable or function `pgae` was not found")]
    [InlineData("{{ include \"nope\" }}", "theme/layouts/page.sbn-html:1:4: error: include \"nope\": unknown partial; theme/layouts/partials/ has card")]
    [InlineData("{{ include \"../base\" }}", "theme/layouts/page.sbn-html:1:4: error: include \"../base\": include takes a partial's name")]
    [InlineData("{{ include \"/etc/passwd\" }}", "theme/layouts/page.sbn-html:1:4: error: include \"/etc/passwd\": include takes a partial's name")]
    [InlineData("{{ name = \"../../input/site.yml\"; include name }}", "theme/layouts/page.sbn-html:1:35: error: include \"../../input/site.yml\": include takes a partial's name")]
    [InlineData("<link href=\"{{ asset \"site.css\" }}\">{{ asset \"nope.css\" }}", "theme/layouts/page.sbn-html:1:40: error: asset \"nope.css\": theme/assets/ has no such file")]
    [InlineData("{{ include_join [\"card\"] \"\" }}", "theme/layouts/page.sbn-html:1:4: error: The variable or function `include_join` was not found")]
    public void A_theme_authors_mistake_is_one_line_naming_template_line_and_column(string page, string expected)
    {
        using var theme = new TinyTheme(("page", page), ("partials/card", "<b>card</b>"));
        var message = theme.Error();
        Assert.True(message.StartsWith(expected, StringComparison.Ordinal), message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_missing_layout_is_an_error_before_any_page_is_rendered()
    {
        using var theme = new TinyTheme(("page", "x"));
        var error = Assert.Throws<PaperSiteException>(() => theme.Renderer().Require(["page", "paper"]));
        Assert.Equal("theme/layouts/paper.sbn-html: error: missing template: copy it from the default theme or create it", error.Diagnostic.ToString());
    }

    [Theory]
    [InlineData("{{ while true; end }}", "page.sbn-html:1:4: error: Exceeding number of iteration limit")]
    [InlineData("{{ for a in 1..100000000; for b in 1..100000000; end; end }}", "page.sbn-html:1:")]
    [InlineData("{{ func f; f; end; f }}", "page.sbn-html:1:12: error: Exceeding number of recursive depth limit")]
    [InlineData("{{ include \"again\" }}", "partials/again.sbn-html:1:4: error: Exceeding number of recursive depth limit")]
    [InlineData("{{ x = \"ab\"; while true; x = x + x; end }}", "page.sbn-html:1:")]
    [InlineData("{{ \"x\" * 2000000000 }}", "page.sbn-html:1:")]
    public void A_template_that_would_not_end_fails_within_seconds_naming_the_template(string page, string expected)
    {
        using var theme = new TinyTheme(("page", page), ("partials/again", "{{ include \"again\" }}"));
        var clock = Stopwatch.StartNew();
        var message = theme.Error();
        Assert.Contains("theme/layouts/" + expected, message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void The_loop_limit_fits_the_largest_pages_of_a_50000_paper_site()
    {
        // A topic front page when papers_per_page is as large as the site: every card with its topic chips.
        using var theme = new TinyTheme(("page", "{{ for card in cards }}<li>{{ card.title }}{{ for topic in card.topics }}<a>{{ topic.title }}</a>{{ end }}</li>{{ end }}"));
        var topics = Enumerable.Range(0, 8).Select(t => new LinkView($"t{t}", "/t/")).ToList();
        var cards = Enumerable.Range(0, 50_000).Select(i => new PaperCard($"p{i}", "/p/", null, null, topics, "")).ToList();
        var html = System.Text.Encoding.UTF8.GetString(theme.Renderer().Render("page", new CardsPage(TinyTheme.Page("t", ""), cards)));
        Assert.Equal(50_000, html.Split("<li>").Length - 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void An_empty_template_is_refused_when_the_theme_is_read(string source)
    {
        using var theme = new TinyTheme(("page", source));
        var error = Assert.Throws<PaperSiteException>(() => ThemeFiles.Load(theme.Root));
        Assert.Equal("theme/layouts/page.sbn-html: error: empty template: every layout and partial must write something", error.Diagnostic.ToString());
    }

    [Fact]
    public void A_binary_template_is_refused_when_the_theme_is_read()
    {
        using var theme = new TinyTheme(("partials/card", "x"));
        File.WriteAllBytes(Path.Combine(theme.Root, "layouts", "partials", "card" + ThemeFiles.Extension), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 0xFF]);
        var error = Assert.Throws<PaperSiteException>(() => ThemeFiles.Load(theme.Root));
        Assert.Equal("theme/layouts/partials/card.sbn-html: error: not a text file: a template must be UTF-8 text", error.Diagnostic.ToString());
    }

    private sealed record CardsPage(ContentPage Page, IReadOnlyList<PaperCard> Cards) : IPageModel
    {
        SiteView IPageModel.Site => Page.Site;

        PageMeta IPageModel.Page => Page.Page;
    }
}

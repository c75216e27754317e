using PaperSite.Checking;

namespace PaperSite.Tests.Checking;

/// <summary>
/// A small built site in a temp folder, written fluently: <c>new TestSite().Page("index.html", html)</c>.
/// <see cref="Clean"/> gives a complete site with no problems, which a test breaks in one place.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public TestSite(string baseUrl = "https://owner.github.io/repo/")
    {
        BaseUrl = baseUrl;
        BasePath = new Uri(baseUrl).AbsolutePath;
        Dir = Path.Combine(Path.GetTempPath(), "papersite-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string BaseUrl { get; }

    /// <summary>The base path, <c>/repo/</c> or <c>/</c>.</summary>
    public string BasePath { get; }

    /// <summary>A complete, problem-free site: pages, assets, feeds, OPML, sitemap and a lunr index.</summary>
    public static TestSite Clean(string baseUrl = "https://owner.github.io/repo/") => new TestSite(baseUrl).WriteCleanSite();

    /// <summary>Writes a file (folders included); <c>{base}</c> becomes the base path and <c>{url}</c> the base URL.</summary>
    public TestSite File(string sitePath, string text)
    {
        var path = Path.Combine(Dir, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, Expand(text));
        return this;
    }

    /// <summary>Writes a page whose head and body are complete; <paramref name="body"/> goes after the one <c>&lt;h1&gt;</c>.</summary>
    public TestSite Page(string sitePath, string body = "", string title = "A page", string? head = null) =>
        File(sitePath, PageHtml(title, head ?? "", "<h1>" + title + "</h1>\n" + body));

    /// <summary>Writes a whole HTML document as given.</summary>
    public TestSite Html(string sitePath, string html) => File(sitePath, html);

    /// <summary>Replaces text in a file that must contain it (so a typo in a test fails loudly).</summary>
    public TestSite Replace(string sitePath, string oldText, string newText)
    {
        var path = Path.Combine(Dir, sitePath);
        var text = System.IO.File.ReadAllText(path);
        oldText = Expand(oldText);
        Assert.Contains(oldText, text);
        System.IO.File.WriteAllText(path, text.Replace(oldText, Expand(newText), StringComparison.Ordinal));
        return this;
    }

    public TestSite Delete(string sitePath)
    {
        System.IO.File.Delete(Path.Combine(Dir, sitePath));
        return this;
    }

    public CheckReport Check() => SiteChecker.Check(Dir, BaseUrl);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    public static string PageHtml(string title, string head, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        <meta name="description" content="About {{title}}.">
        <link rel="stylesheet" href="{base}assets/site.css">
        <link rel="icon" href="{base}assets/favicon.svg">
        <link rel="alternate" type="application/rss+xml" href="{base}feed.xml">
        {{head}}
        </head>
        <body>
        <nav><a href="{base}">Home</a> <a href="{base}topics/nlp/">NLP</a></nav>
        <form action="{base}search/"><input name="q"></form>
        {{body}}
        <script src="{base}assets/search.js"></script>
        </body>
        </html>
        """;

    private string Expand(string text) => text.Replace("{base}", BasePath).Replace("{url}", BaseUrl);

    private TestSite WriteCleanSite() => this
        .Page("index.html", title: "Paper Digest", head: """
            <link rel="canonical" href="{url}">
            <meta property="og:url" content="{url}">
            """, body: """
            <a href="papers/attention/">relative</a>
            <a href="{base}papers/attention/?from=home#abstract">with query</a>
            <a href="{base}papers/bert">no slash</a>
            <a href="{url}papers/bert/">absolute</a>
            <a href="{base}papers/caf%C3%A9/">encoded</a>
            <a href="#top">top</a> <a href="mailto:x@example.org">mail</a>
            <a href="https://arxiv.org/abs/1706.03762">arXiv</a>
            <img src="{base}assets/logo.png" srcset="{base}assets/logo.png 1x, {base}assets/logo@2x.png 2x" alt="">
            <picture><source srcset="{base}assets/logo@2x.png"></picture>
            """)
        .Page("papers/attention/index.html", title: "Attention", body: """
            <a href="../bert/">BERT</a> <a href="../../topics/nlp/">NLP</a> <a href="./">self</a>
            <a href="{base}papers/attention/#abstract">abstract</a>
            """)
        .Page("papers/bert/index.html", title: "BERT")
        .Page("papers/café/index.html", title: "Café")
        .Page("topics/nlp/index.html", title: "NLP", head: """<link rel="alternate" type="application/rss+xml" href="{base}topics/nlp/feed.xml">""")
        .Page("search/index.html", title: "Search")
        .Page("404.html", title: "Not found", body: """<a href="{base}papers/attention/">a paper</a>""")
        .File("assets/site.css", "body{}")
        .File("assets/search.js", "")
        .File("assets/favicon.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
        .File("assets/logo.png", "png")
        .File("assets/logo@2x.png", "png")
        .File("robots.txt", "User-agent: *\nSitemap: {url}sitemap.xml\n")
        .File(".nojekyll", "")
        .File("feed.xml", Rss("feed.xml", "Paper Digest", ("attention", "Attention"), ("bert", "BERT")))
        .File("topics/nlp/feed.xml", Rss("topics/nlp/feed.xml", "NLP", ("attention", "Attention")))
        .File("feeds.opml", """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0">
              <head><title>Paper Digest feeds</title></head>
              <body>
                <outline type="rss" text="Paper Digest" xmlUrl="{url}feed.xml" htmlUrl="{url}"/>
                <outline text="Topics">
                  <outline type="rss" text="NLP" xmlUrl="{url}topics/nlp/feed.xml" htmlUrl="{url}topics/nlp/"/>
                </outline>
              </body>
            </opml>
            """)
        .File("sitemap.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>{url}</loc></url>
              <url><loc>{url}papers/attention/</loc><lastmod>2024-03-11</lastmod></url>
              <url><loc>{url}papers/bert/</loc></url>
              <url><loc>{url}topics/nlp/</loc></url>
            </urlset>
            """)
        .File("search/search.json", """{"index": "{base}search/index/parts.json", "results": "{base}search/results/", "group": 10, "papers": 2, "topics": []}""")
        .File("search/index/parts.json", """{"version":"2.3.9","fields":["title","body"],"boosts":[10,1],"pipeline":["stemmer"],"documentCount":2,"averageFieldLength":[1,0],"segments":["0-abc/parts.json"]}""")
        .File("search/index/0-abc/parts.json", """{"vocabulary":"terms.json","parts":[["a","p-a.json",100],["b","p-b.json",100]]}""")
        .File("search/index/0-abc/terms.json", """["attent","bert"]""")
        .File("search/index/0-abc/p-a.json", LunrPart(("attent", "0")))
        .File("search/index/0-abc/p-b.json", LunrPart(("bert", "1")))
        .File("search/results/0.json", """
            {
              "0": {"title": "Attention", "url": "{base}papers/attention/", "date": "2024-03-11", "topics": ["nlp"], "excerpt": "Transformers."},
              "1": {"title": "BERT", "url": "{base}papers/bert/", "date": "2024-03-12", "topics": [], "excerpt": "Pre-training."}
            }
            """);

    /// <summary>An RSS 2.0 feed at <paramref name="sitePath"/> with one item per (slug, title).</summary>
    public static string Rss(string sitePath, string title, params (string Slug, string Title)[] items)
    {
        var itemXml = string.Concat(items.Select(i => $"""
                <item>
                  <title>{i.Title}</title>
                  <link>{"{url}"}papers/{i.Slug}/</link>
                  <guid>{"{url}"}papers/{i.Slug}/</guid>
                  <pubDate>Mon, 11 Mar 2024 00:00:00 GMT</pubDate>
                  <description>&lt;p&gt;See &lt;a href="{"{url}"}papers/{i.Slug}/"&gt;the page&lt;/a&gt; and &lt;a href="https://arxiv.org/abs/1"&gt;arXiv&lt;/a&gt;.&lt;/p&gt;</description>
                </item>

            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>{title}</title>
                <link>{"{url}"}</link>
                <description>Papers about {title}.</description>
                <atom:link href="{"{url}"}{sitePath}" rel="self" type="application/rss+xml"/>
            {itemXml}  </channel>
            </rss>
            """;
    }

    /// <summary>A part of a lunr 2.3.9 index split by term (fields title and body) with the given (term, ref) postings, in the order given; each title is one word long.</summary>
    public static string LunrPart(params (string Term, string Ref)[] postings)
    {
        var refs = postings.Select(p => p.Ref).Distinct().ToList();
        var vectors = string.Join(",", refs.Select(r => $"[\"title/{r}\",1,[0,1]]"));
        var inverted = string.Join(",", postings.Select((p, i) => $"[\"{p.Term}\",{{\"_index\":{i},\"title\":{{\"{p.Ref}\":{{}}}},\"body\":{{}}}}]"));
        return $"{{\"fieldVectors\":[{vectors}],\"invertedIndex\":[{inverted}]}}";
    }
}

namespace PaperSite.Tests.Checking;

public sealed class LinkCheckTests
{
    [Fact]
    public void Root_absolute_link_to_a_missing_page_is_broken()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """<a href="{base}papers/missing/">x</a>""");
        Expect.Problems(site, "papers/bert/index.html | broken-link | /repo/papers/missing/");
    }

    [Fact]
    public void Relative_link_resolves_against_the_pages_folder()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """<a href="../attention/">ok</a> <a href="attention/">broken</a>""");
        Expect.Problems(site, "papers/bert/index.html | broken-link | attention/");
    }

    [Fact]
    public void Every_kind_of_asset_and_the_form_action_are_checked()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """
            <link rel="stylesheet" href="{base}assets/gone.css">
            <script src="{base}assets/gone.js"></script>
            <img src="{base}assets/gone.png" alt="">
            <img src="{base}assets/logo.png" srcset="{base}assets/logo.png 1x, {base}assets/gone@2x.png 2x" alt="">
            <picture><source src="{base}assets/gone.webm"><source srcset="{base}assets/gone.avif"></picture>
            <form action="{base}find/"></form>
            """);

        Expect.Problems(site,
            "papers/bert/index.html | broken-link | /repo/assets/gone.avif",
            "papers/bert/index.html | broken-link | /repo/assets/gone.css",
            "papers/bert/index.html | broken-link | /repo/assets/gone.js",
            "papers/bert/index.html | broken-link | /repo/assets/gone.png",
            "papers/bert/index.html | broken-link | /repo/assets/gone.webm",
            "papers/bert/index.html | broken-link | /repo/assets/gone@2x.png",
            "papers/bert/index.html | broken-link | /repo/find/");
    }

    [Fact]
    public void A_file_link_without_slash_must_name_the_file_itself()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """<a href="{base}assets/site.css/">x</a> <a href="{base}feed.xml?x#y">ok</a>""");
        Expect.Problems(site, "papers/bert/index.html | broken-link | /repo/assets/site.css/");
    }

    [Fact]
    public void Root_absolute_link_without_the_base_path_escapes_it()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """<a href="/papers/attention/">x</a>""");
        Expect.Problems(site, "papers/bert/index.html | escapes-base-path | /papers/attention/");
    }

    [Fact]
    public void Absolute_link_to_the_base_host_outside_the_base_path_escapes_it()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """
            <a href="https://owner.github.io/other/">x</a>
            <a href="http://owner.github.io/repo/">wrong scheme</a>
            <a href="https://elsewhere.example/repo/nothing/">other host is fine</a>
            """);
        Expect.Problems(site,
            "papers/bert/index.html | escapes-base-path | http://owner.github.io/repo/",
            "papers/bert/index.html | escapes-base-path | https://owner.github.io/other/");
    }

    [Fact]
    public void Relative_link_climbing_above_the_site_root_escapes_the_base_path()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """<a href="../../../elsewhere/">x</a>""");
        Expect.Problems(site, "papers/bert/index.html | escapes-base-path | ../../../elsewhere/");
    }

    [Fact]
    public void Javascript_urls_are_flagged()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", """<a href="JavaScript:void(0)">x</a>""");
        Expect.Problems(site, "papers/bert/index.html | javascript-url | JavaScript:void(0)");
    }

    [Fact]
    public void Relative_links_in_404_are_flagged_because_it_is_served_at_any_depth()
    {
        using var site = TestSite.Clean().Page("404.html", """<a href="papers/attention/">x</a>""", title: "Not found");
        Expect.Problems(site, "404.html | relative-in-404 | papers/attention/");
    }

    [Fact]
    public void Canonical_and_og_url_must_be_absolute_and_under_the_base_url()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", head: """
            <link rel="canonical" href="{base}papers/bert/">
            <meta property="og:url" content="https://elsewhere.example/papers/bert/">
            """);
        Expect.Problems(site,
            "papers/bert/index.html | canonical-not-absolute | /repo/papers/bert/",
            "papers/bert/index.html | escapes-base-path | https://elsewhere.example/papers/bert/");
    }

    [Fact]
    public void Canonical_url_under_the_base_url_must_resolve()
    {
        using var site = TestSite.Clean().Page("papers/bert/index.html", head: """<link rel="canonical" href="{url}papers/bret/">""");
        Expect.Problems(site, "papers/bert/index.html | broken-link | https://owner.github.io/repo/papers/bret/");
    }
}

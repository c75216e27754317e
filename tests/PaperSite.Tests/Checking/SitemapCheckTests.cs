namespace PaperSite.Tests.Checking;

public sealed class SitemapCheckTests
{
    [Fact]
    public void Locs_must_be_absolute_under_the_base_url_and_name_pages()
    {
        using var site = TestSite.Clean().Replace("sitemap.xml", "</urlset>", """
              <url><loc>{base}papers/bert/</loc></url>
              <url><loc>https://example.com/repo/</loc></url>
              <url><loc>https://owner.github.io/other/</loc></url>
              <url><loc>{url}papers/gone/</loc></url>
              <url><loc>{url}assets/site.css</loc></url>
              <url><loc>{url}papers/attention/</loc></url>
              <url><lastmod>2024-03-11</lastmod></url>
            </urlset>
            """);

        Expect.Problems(site,
            "sitemap.xml | escapes-base-path | https://owner.github.io/other/",
            "sitemap.xml | sitemap-broken-url | https://owner.github.io/repo/assets/site.css",
            "sitemap.xml | sitemap-broken-url | https://owner.github.io/repo/papers/gone/",
            "sitemap.xml | sitemap-duplicate-url | https://owner.github.io/repo/papers/attention/",
            "sitemap.xml | sitemap-foreign-url | https://example.com/repo/",
            "sitemap.xml | sitemap-malformed | url",
            "sitemap.xml | sitemap-relative-url | /repo/papers/bert/");
    }

    [Fact]
    public void The_sitemap_must_be_well_formed()
    {
        using var site = TestSite.Clean().Replace("sitemap.xml", "</urlset>", "");
        Expect.Problems(site, "sitemap.xml | sitemap-malformed | ");
    }

    [Fact]
    public void The_sitemap_root_must_be_a_urlset_in_the_sitemap_namespace()
    {
        using var site = TestSite.Clean().Replace("sitemap.xml", """ xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" """.Trim(), "");
        Expect.Problems(site, "sitemap.xml | sitemap-malformed | urlset");
    }
}

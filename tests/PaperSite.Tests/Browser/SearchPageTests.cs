using Microsoft.Playwright;
using PaperSite.Pipeline;
using PaperSite.Server;
using PaperSite.Tests.Support;

namespace PaperSite.Tests.Browser;

/// <summary>The search page in a real Chromium, with the seeds and a hostile dump, served under a base path.</summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private const string HostileTitle = "<img src=x onerror=\"window.__pwned=1\"> Hostile Zebrafish Title";

    private readonly InputCopy _input = new();
    private readonly List<string> _consoleErrors = [];
    private DevServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    public async Task InitializeAsync()
    {
        _input.Write("input/dumps/2024-05-02.txt", $"{HostileTitle}\nZebrafish abstract with <b>markup</b> that must stay text, and a script <script>window.__pwned=2</script>.\n");
        SiteBuilder.Build(new BuildOptions(_input.Input, _input.Theme, _input.Output, "https://example.org/digest/") { Check = false });
        _server = await DevServer.StartAsync(_input.Output, "/digest/", 0, liveReload: false);
        (_playwright, _browser) = await Browsers.LaunchAsync();
        _page = await _browser.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _consoleErrors.Add(error);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _input.Dispose();
    }

    private IPage Page => _page!;

    private string Url(string path) => new Uri(_server!.Address, path).ToString();

    /// <summary>
    /// The result titles once the status reports matches for <paramref name="query"/> itself: while
    /// typing, a slower machine may first show the results of a prefix ("matr") of the query.
    /// </summary>
    private async Task<IReadOnlyList<string>> ResultTitlesAsync(string query)
    {
        await Page.WaitForFunctionAsync(
            "query => { const s = document.getElementById('search-status').textContent; return /match/.test(s) && s.includes('\u201C' + query + '\u201D'); }",
            query);
        return await Page.Locator("#search-results .paper-card-title").AllTextContentsAsync();
    }

    [Fact]
    public async Task Matryoshka_finds_the_paper_and_its_link_opens_it()
    {
        await Page.GotoAsync(Url("search/?q=matryoshka"));
        var titles = await ResultTitlesAsync("matryoshka");
        Assert.Equal("Matryoshka Representation Learning", titles[0]);

        await Page.Locator("#search-results .paper-card-title a").First.ClickAsync();
        // The paper page's own text is what counts, not its load event (which waits for every image
        // and script, and timed out once on a loaded machine).
        await Page.WaitForURLAsync("**/digest/papers/matryoshka-representation-learning/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("Matryoshka Representation Learning", await Page.Locator("h1").TextContentAsync());
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_result_shows_its_date_as_the_paper_page_does()
    {
        await Page.GotoAsync(Url("search/?q=matryoshka"));
        await ResultTitlesAsync("matryoshka");
        var resultDate = Page.Locator("#search-results .paper-card time").First;
        var shown = await resultDate.TextContentAsync();
        var iso = await resultDate.GetAttributeAsync("datetime");

        await Page.Locator("#search-results .paper-card-title a").First.ClickAsync();
        await Page.WaitForURLAsync("**/digest/papers/matryoshka-representation-learning/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var pageDate = Page.Locator("main time").First;
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]{2} \d{4}$", shown);
        Assert.Equal(await pageDate.TextContentAsync(), shown);
        Assert.Equal(await pageDate.GetAttributeAsync("datetime"), iso);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Reinforcement_learning_finds_several_papers_with_highlights()
    {
        await Page.GotoAsync(Url("search/?q=reinforcement+learning"));
        var titles = await ResultTitlesAsync("reinforcement learning");
        Assert.True(titles.Count >= 5, $"{titles.Count} results");
        Assert.True(await Page.Locator("#search-results mark").CountAsync() > 0);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Typing_searches_and_puts_the_query_in_the_url_and_back_works()
    {
        await Page.GotoAsync(Url("search/"));
        await Page.WaitForFunctionAsync("() => /Type to search/.test(document.getElementById('search-status').textContent)");
        await Page.Locator("#search-query").PressSequentiallyAsync("matry");
        var titles = await ResultTitlesAsync("matry");
        Assert.Contains("Matryoshka Representation Learning", titles);
        await Page.WaitForURLAsync("**/search/?q=matry");

        await Page.Locator("#search-query").FillAsync("diffusion");
        await Page.Locator("#search-query").PressAsync("Enter");
        await Page.WaitForURLAsync("**/search/?q=diffusion");
        await Page.GoBackAsync();
        await Page.WaitForFunctionAsync("() => document.getElementById('search-query').value === 'matry'");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_new_search_typed_without_enter_gets_its_own_history_entry()
    {
        await Page.GotoAsync(Url("search/?q=matryoshka"));
        await ResultTitlesAsync("matryoshka");

        await Page.Locator("#search-query").FillAsync("diffusion");
        await ResultTitlesAsync("diffusion");
        await Page.WaitForURLAsync("**/search/?q=diffusion");
        await Page.Locator("#search-query").PressSequentiallyAsync(" models");
        await ResultTitlesAsync("diffusion models");
        await Page.WaitForURLAsync("**/search/?q=diffusion+models");

        await Page.GoBackAsync();
        await Page.WaitForURLAsync("**/search/?q=matryoshka");
        Assert.Equal("Matryoshka Representation Learning", (await ResultTitlesAsync("matryoshka"))[0]);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task The_header_search_box_leads_to_results()
    {
        await Page.GotoAsync(Url(""));
        await Page.Locator("#site-search").FillAsync("matryoshka");
        await Page.Locator("#site-search").PressAsync("Enter");
        await Page.WaitForURLAsync("**/digest/search/?q=matryoshka");
        Assert.Equal("Matryoshka Representation Learning", (await ResultTitlesAsync("matryoshka"))[0]);
    }

    [Fact]
    public async Task A_hostile_title_shows_as_text_and_runs_nothing()
    {
        await Page.GotoAsync(Url("search/?q=zebrafish"));
        var titles = await ResultTitlesAsync("zebrafish");
        Assert.Equal(HostileTitle, Assert.Single(titles));
        Assert.Equal(0, await Page.Locator("#search-results img, #search-results script, #search-results b").CountAsync());
        Assert.Null(await Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_query_lunr_cannot_parse_gets_a_friendly_message()
    {
        await Page.GotoAsync(Url("search/?q=title%3A"));
        await Page.WaitForFunctionAsync("() => /could not be understood/.test(document.getElementById('search-status').textContent)");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_topic_chip_narrows_the_results_and_stays_in_the_url()
    {
        await Page.GotoAsync(Url("search/?q=learning"));
        var all = await ResultCountAsync("learning");

        await Page.Locator("#search-topics button", new() { HasText = "Reinforcement Learning" }).ClickAsync();
        await Page.WaitForURLAsync("**/search/?q=learning&topic=Reinforcement+Learning");
        await Page.WaitForFunctionAsync("() => / in Reinforcement Learning/.test(document.getElementById('search-status').textContent)");
        var narrowed = await ResultCountAsync("learning");
        Assert.InRange(narrowed, 1, all - 1);
        var topics = await Page.Locator("#search-results .paper-card .chip").AllTextContentsAsync();
        var cards = await Page.Locator("#search-results .paper-card").CountAsync();
        Assert.Equal(cards, topics.Count(t => t == "Reinforcement Learning"));
        Assert.Equal("true", await Page.Locator("#search-topics button[aria-pressed=true]").GetAttributeAsync("aria-pressed"));

        await Page.ReloadAsync();
        await Page.WaitForFunctionAsync("() => / in Reinforcement Learning/.test(document.getElementById('search-status').textContent)");
        Assert.Equal(narrowed, await ResultCountAsync("learning"));
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Results_come_ten_at_a_time_and_more_fetches_only_their_groups()
    {
        var groups = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/search/results/", StringComparison.Ordinal))
            {
                lock (groups)
                {
                    groups.Add(request.Url);
                }
            }
        };
        await Page.GotoAsync(Url("search/?q=model"));
        var total = await ResultCountAsync("model");
        Assert.True(total > 20, $"only {total} results");
        Assert.Equal(10, await Page.Locator("#search-results > li").CountAsync());
        int firstPage;
        lock (groups)
        {
            firstPage = groups.Count;
        }

        Assert.InRange(firstPage, 1, 10);
        await Page.Locator("#search-more").ClickAsync();
        await Page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results > li').length === 20");
        lock (groups)
        {
            Assert.InRange(groups.Count, firstPage, firstPage + 10);
            Assert.True(groups.Count < 27, "fetched every results group");
        }

        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_query_of_excluded_words_only_says_it_was_not_searched()
    {
        await Page.GotoAsync(Url("search/?q=-diffusion"));
        await Page.WaitForFunctionAsync("() => /Not searched/.test(document.getElementById('search-status').textContent)");
        Assert.Equal(0, await Page.Locator("#search-results > li").CountAsync());
        Assert.Empty(_consoleErrors);
    }

    private async Task<int> ResultCountAsync(string query)
    {
        await ResultTitlesAsync(query);
        var status = await Page.Locator("#search-status").TextContentAsync();
        var match = System.Text.RegularExpressions.Regex.Match(status!, @"^(\d+) papers? match");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}

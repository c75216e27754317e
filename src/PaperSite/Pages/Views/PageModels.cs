namespace PaperSite.Pages.Views;

/// <summary>Model of <c>layouts/paper.sbn-html</c>.</summary>
internal sealed record PaperPage(SiteView Site, PageMeta Page, PaperView Paper) : IPageModel;

/// <summary>Model of <c>layouts/topic.sbn-html</c>.</summary>
internal sealed record TopicPage(SiteView Site, PageMeta Page, TopicView Topic) : IPageModel;

/// <summary>Model of <c>layouts/topics.sbn-html</c>: every topic.</summary>
internal sealed record TopicsPage(SiteView Site, PageMeta Page, IReadOnlyList<TopicSummary> Topics) : IPageModel;

/// <summary>Model of <c>layouts/digest.sbn-html</c>.</summary>
internal sealed record DigestPage(SiteView Site, PageMeta Page, DigestView Digest) : IPageModel;

/// <summary>Model of <c>layouts/home.sbn-html</c>: the latest digest and the topics.</summary>
internal sealed record HomePage(SiteView Site, PageMeta Page, DigestView? Latest, IReadOnlyList<TopicSummary> Topics, IReadOnlyList<DigestSummary> RecentDigests, int PaperCount) : IPageModel;

/// <summary>Model of <c>layouts/archive.sbn-html</c>: digests by year, newest first.</summary>
internal sealed record ArchivePage(SiteView Site, PageMeta Page, IReadOnlyList<ArchiveGroup> Groups) : IPageModel;

/// <summary>Digests of one year, or the undated ones (<see cref="Label"/> "Undated").</summary>
internal sealed record ArchiveGroup(string Label, IReadOnlyList<DigestSummary> Digests);

/// <summary>Model of <c>layouts/page.sbn-html</c>: a Markdown page from <c>input/pages/</c>.</summary>
internal sealed record ContentPage(SiteView Site, PageMeta Page, HtmlMarkup ContentHtml) : IPageModel;

/// <summary>Model of <c>layouts/search.sbn-html</c>: <see cref="SearchIndexUrl"/> is the search index's manifest (<c>search/search.json</c>) the script loads first.</summary>
internal sealed record SearchPage(SiteView Site, PageMeta Page, string SearchIndexUrl) : IPageModel;

/// <summary>Model of <c>layouts/404.sbn-html</c>.</summary>
internal sealed record NotFoundPage(SiteView Site, PageMeta Page, IReadOnlyList<TopicSummary> Topics) : IPageModel;

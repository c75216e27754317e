using System.Text.Json.Serialization;
using PaperSite.Pages.Views;

namespace PaperSite.Pages;

/// <summary>
/// The JSON contract of what pages are keyed by, generated at compile time: worked out by
/// reflection at run time instead, it cost a next-day build more than hashing its pages. Every page
/// model and every page's inputs must be listed here (a test checks the models).
/// </summary>
[JsonSerializable(typeof(PaperPageInputs))]
[JsonSerializable(typeof(PaperCard))]
[JsonSerializable(typeof(PaperPage))]
[JsonSerializable(typeof(TopicPage))]
[JsonSerializable(typeof(TopicsPage))]
[JsonSerializable(typeof(DigestPage))]
[JsonSerializable(typeof(HomePage))]
[JsonSerializable(typeof(ArchivePage))]
[JsonSerializable(typeof(ContentPage))]
[JsonSerializable(typeof(SearchPage))]
[JsonSerializable(typeof(NotFoundPage))]
internal sealed partial class PageKeyJson : JsonSerializerContext;

namespace PaperSite.Pages.Views;

/// <summary>
/// Marks a view record that is made once and shown on many pages (a paper's card is on its digest,
/// its topics and every paper it is related to). <see cref="ModelFingerprint"/> walks each such
/// record once and puts its hash in every page key that holds it, so checking which pages changed
/// does not walk the same card tens of thousands of times. Only immutable records may carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SharedViewAttribute : Attribute;

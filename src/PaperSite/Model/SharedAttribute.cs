namespace PaperSite.Model;

/// <summary>
/// Marks a record that is made once per build and held by many pages (a paper's card is on its
/// digest, its topics and every paper it is related to; a digest is in every paper it lists).
/// <see cref="Pages.ModelFingerprint"/> walks each such record once and puts its hash in every page
/// key that holds it, so checking which pages changed does not walk the same record thousands of
/// times. Only immutable records may carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class SharedAttribute : Attribute;

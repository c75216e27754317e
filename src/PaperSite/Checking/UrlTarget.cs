namespace PaperSite.Checking;

/// <summary>How a URL is written.</summary>
internal enum UrlForm
{
    /// <summary>Not a link to check: empty, <c>#fragment</c>, <c>mailto:</c>, <c>data:</c> and other schemes.</summary>
    Ignored,

    /// <summary>A <c>javascript:</c> URL.</summary>
    Javascript,

    /// <summary>Relative to the page, such as <c>../x/</c>.</summary>
    Relative,

    /// <summary>Root-absolute, such as <c>/repo/x/</c>.</summary>
    RootAbsolute,

    /// <summary>Absolute, with a scheme and host (or protocol-relative <c>//host/</c>).</summary>
    Absolute,
}

/// <summary>Where a URL points, seen from the site's base URL.</summary>
internal enum UrlPlace
{
    /// <summary>Not known: an ignored URL, or a relative one with nothing to resolve it against.</summary>
    Unknown,

    /// <summary>Under the base URL; <see cref="UrlTarget.SitePath"/> says where.</summary>
    InsideBase,

    /// <summary>On the site's host (or above the site root) but outside the base path.</summary>
    OutsideBase,

    /// <summary>On another host.</summary>
    OtherHost,

    /// <summary>Not a URL that can be parsed.</summary>
    Invalid,
}

/// <summary>A URL classified against the base URL.</summary>
/// <param name="Form">How it is written.</param>
/// <param name="Place">Where it points.</param>
/// <param name="SitePath">For <see cref="UrlPlace.InsideBase"/>: the decoded path below the base path, without query or fragment.</param>
internal readonly record struct UrlTarget(UrlForm Form, UrlPlace Place, string? SitePath = null)
{
    /// <summary>A URL the checker leaves alone.</summary>
    public static UrlTarget Ignored { get; } = new(UrlForm.Ignored, UrlPlace.Unknown);
}

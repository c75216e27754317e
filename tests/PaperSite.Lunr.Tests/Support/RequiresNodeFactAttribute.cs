namespace PaperSite.Tests.Support;

/// <summary>A fact that compares against lunr.js under node; reported as skipped (with why) when node or lunr is absent.</summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        if (NodeRunner.UnavailableReason is { } reason)
        {
            Skip = "Live lunr.js comparison skipped: " + reason;
        }
    }
}

/// <summary>A theory that compares against lunr.js under node; skipped (with why) when node or lunr is absent.</summary>
public sealed class RequiresNodeTheoryAttribute : TheoryAttribute
{
    public RequiresNodeTheoryAttribute()
    {
        if (NodeRunner.UnavailableReason is { } reason)
        {
            Skip = "Live lunr.js comparison skipped: " + reason;
        }
    }
}

namespace PaperSite.Checking;

/// <summary>Collects problems from checks that run on several threads at once.</summary>
internal sealed class ProblemList
{
    private readonly List<CheckProblem> _problems = [];
    private readonly Lock _gate = new();

    /// <summary>Records one problem.</summary>
    public void Add(string file, string kind, string detail, string? where = null)
    {
        var problem = new CheckProblem(file, kind, detail, where);
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Every problem so far, sorted by <see cref="CheckProblem.Order"/>, without repeats.</summary>
    public IReadOnlyList<CheckProblem> Sorted()
    {
        lock (_gate)
        {
            // A page that repeats one broken link in header and footer is one problem, not two.
            return _problems.Distinct().Order(CheckProblem.Order).ToList();
        }
    }
}

namespace PaperSite.Pipeline;

/// <summary>What to build from where.</summary>
/// <param name="InputDir">Folder with <c>site.yml</c>, <c>topics.yml</c>, <c>dumps/</c> and <c>pages/</c>.</param>
/// <param name="ThemeDir">Folder with <c>layouts/</c> and <c>assets/</c>.</param>
/// <param name="OutputDir">Folder the site is written to.</param>
/// <param name="BaseUrl">Overrides <c>base_url</c> from <c>site.yml</c> when set.</param>
internal sealed record BuildOptions(string InputDir, string ThemeDir, string OutputDir, string? BaseUrl = null)
{
    /// <summary>Run <c>papersite check</c>'s checks on the result (on by default).</summary>
    public bool Check { get; init; } = true;

    /// <summary>How long a build waits for another build into the same output folder to end before it gives up.</summary>
    internal TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The site size the build warns about nearing or passing: GitHub Pages' limit, unless a test sets a smaller one.</summary>
    internal long PagesLimit { get; init; } = Output.PagesSizeLimit.GitHubPages;

    /// <summary>The folder of the dumps, <c>dumps/</c> in the input folder.</summary>
    public string DumpsDir => Path.Combine(InputDir, "dumps");
}

namespace PaperSite.Checking;

/// <summary>What every check may consult: the output folder, its files, its base URL and its parsed XML.</summary>
internal sealed class CheckContext
{
    private readonly Lazy<IReadOnlyList<ParsedXml>> _xml;

    private readonly IReadOnlySet<string>? _scope;

    /// <summary>Scans <paramref name="outputDir"/> once; XML files are parsed on first use.</summary>
    public CheckContext(string outputDir, SiteAddress address, IReadOnlySet<string>? scope = null)
    {
        _scope = scope;
        OutputDir = outputDir;
        Address = address;
        Files = SiteFiles.Scan(outputDir);
        _xml = new Lazy<IReadOnlyList<ParsedXml>>(LoadXml);
    }

    /// <summary>The output folder.</summary>
    public string OutputDir { get; }

    /// <summary>The base URL and its rules.</summary>
    public SiteAddress Address { get; }

    /// <summary>Every file in the output.</summary>
    public SiteFiles Files { get; }

    /// <summary>Every <c>*.xml</c> file, parsed, in ordinal order of path.</summary>
    public IReadOnlyList<ParsedXml> Xml => _xml.Value;

    /// <summary>The XML files that are (or, if malformed, look like) RSS or Atom feeds.</summary>
    public IEnumerable<ParsedXml> Feeds => Xml.Where(x => x.LooksLikeFeed);

    /// <summary>The HTML pages, as site paths.</summary>
    public IEnumerable<string> Pages => Files.All.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && InScope(f));

    /// <summary>True when <paramref name="file"/> is to be checked (everything is, unless the check was limited to changed files).</summary>
    public bool InScope(string file) => _scope is null || _scope.Contains(file);

    /// <summary>The full path of a file of the output.</summary>
    public string PathOf(string sitePath) => Path.Combine(OutputDir, sitePath);

    private List<ParsedXml> LoadXml() =>
        Files.All.Where(f => f.EndsWith(".xml", StringComparison.Ordinal))
            .AsParallel().AsOrdered()
            .Select(f => ParsedXml.Load(OutputDir, f))
            .ToList();
}

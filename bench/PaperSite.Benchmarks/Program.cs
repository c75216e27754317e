using System.CommandLine;
using PaperSite.Benchmarks.Commands;

var root = new RootCommand("PaperSite benchmarks: synthetic corpora, timed builds and the lunr index builder against lunr.js.");
foreach (var command in BenchCatalog.All())
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();

using System.Buffers;
using Microsoft.Win32.SafeHandles;
using PaperSite.Configuration;
using PaperSite.Diagnostics;
using PaperSite.Dumps;
using PaperSite.Pages;
using PaperSite.Rendering;
using PaperSite.Topics;

namespace PaperSite.Pipeline.Stages;

/// <summary>Reads <c>site.yml</c>, <c>topics.yml</c>, the dumps (decoded into lines), the Markdown pages and the theme.</summary>
public sealed class ReadInputsStage : IBuildStage<BuildOptions, SiteInputs>
{
    /// <inheritdoc />
    public string Name => "read";

    /// <inheritdoc />
    public SiteInputs Run(BuildOptions options, BuildContext context)
    {
        if (!Directory.Exists(options.InputDir))
        {
            throw new PaperSiteException(options.InputDir, null, "input folder not found; pass --input with the folder that holds site.yml and dumps/");
        }

        // Reading and decoding the dumps, and loading the settings (mostly first-call work of the
        // YAML library), side by side.
        var dumps = Task.Run(() => ReadDumps(Path.Combine(options.InputDir, "dumps"), context.Diagnostics));
        var config = SiteConfigLoader.Load(options.InputDir);
        if (options.BaseUrl is { } baseUrl)
        {
            config = config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
        }

        var urls = MakeUrls(config.BaseUrl, options.BaseUrl is null ? SiteConfigLoader.FileName : "--base-url");
        var taxonomy = TaxonomyLoader.Load(options.InputDir);
        var pages = MarkdownPageLoader.LoadAll(Path.Combine(options.InputDir, "pages"), urls);
        var theme = ThemeFiles.Load(options.ThemeDir);
        return new SiteInputs(config, urls, taxonomy, dumps.GetAwaiter().GetResult(), pages, theme);
    }

    /// <inheritdoc />
    public string Describe(SiteInputs output) =>
        $"{output.Dumps.Count} dumps, {output.Taxonomy.Count} topics, {output.Pages.Count} pages";

    private static SiteUrls MakeUrls(string baseUrl, string source)
    {
        try
        {
            return new SiteUrls(baseUrl);
        }
        catch (ArgumentException)
        {
            throw new PaperSiteException(source, null, $"base URL '{baseUrl}' is not an absolute http(s) URL such as https://owner.github.io/repo/");
        }
    }

    private static DumpSource Read(string file, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(file);
        using var handle = File.OpenHandle(file);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new PaperSiteException(name, null, "dump is larger than 2 GB; split it into smaller files");
        }

        // The bytes only live until they are decoded: a buffer of the pool, not a fresh array per dump.
        // On large sites fresh memory is what reading costs most (the OS must map every new page).
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var bytes = buffer.AsSpan(0, ReadAll(handle, buffer.AsSpan(0, (int)length)));
            return new DumpSource(name, DumpDecoder.Decode(bytes, name, diagnostics));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> from the start of the file, or up to its end if it shrank meanwhile.</summary>
    private static int ReadAll(SafeFileHandle handle, Span<byte> buffer)
    {
        var filled = 0;
        while (filled < buffer.Length && RandomAccess.Read(handle, buffer[filled..], filled) is var read and > 0)
        {
            filled += read;
        }

        return filled;
    }

    private static DumpSource[] ReadDumps(string dir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(dir))
        {
            diagnostics.Warn("dumps/", null, "no dumps folder: the site has no papers; save listing pages as text files in dumps/");
            return [];
        }

        var files = Directory.EnumerateFiles(dir)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return ParallelMap.Of(files, f => Read(f, diagnostics));
    }
}

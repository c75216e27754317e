using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperSite.Diagnostics;
using PaperSite.Dumps;

namespace PaperSite.Benchmarks;

/// <summary>
/// A deterministic corpus of made-up papers for benchmarks: abstracts resample sentences of real seed text,
/// titles sample its words, and made-up method names (new ones keep coming) make the vocabulary grow with
/// the corpus as a real archive's does.
/// </summary>
internal static class SyntheticPaperCorpus
{
    /// <summary>The default random seed, so every run generates the same corpus.</summary>
    public const int DefaultSeed = 20240311;

    private const int AbstractWords = 200;

    private static readonly string[] NameStarts =
    [
        "Neu", "Graph", "Flux", "Tensor", "Deep", "Meta", "Hyper", "Omni", "Sparse", "Quant", "Lumi", "Vec",
        "Morph", "Proto", "Syn", "Astra", "Cogni", "Dyna", "Echo", "Pix", "Cura", "Halo", "Kine", "Ortho",
    ];

    private static readonly string[] NameMiddles = ["", "ra", "lo", "ti", "xa", "mo", "ve", "qu", "zi", "no", "ka"];

    private static readonly string[] NameEnds =
    [
        "Net", "Former", "GAN", "BERT", "Diff", "Flow", "Mamba", "LM", "Seg", "NeRF", "CLIP", "Mixer", "VAE", "RL",
    ];

    /// <summary>Generates <paramref name="count"/> papers from <paramref name="seedTexts"/> (e.g. abstracts).</summary>
    public static IReadOnlyList<SyntheticPaper> Generate(int count, IEnumerable<string> seedTexts, int seed = DefaultSeed)
    {
        var sentences = new List<string>();
        var words = new List<string>();
        foreach (var text in seedTexts)
        {
            CollectSentencesAndWords(text, sentences, words);
        }

        if (sentences.Count == 0)
        {
            throw new ArgumentException("The seed texts have no sentences to resample.", nameof(seedTexts));
        }

        var random = new Random(seed);
        var methods = new List<string>();
        var papers = new List<SyntheticPaper>(count);
        for (var i = 0; i < count; i++)
        {
            var method = PickMethod(random, methods);
            var id = $"{2400 + i / 100000}.{i % 100000 + 1:00000}";
            papers.Add(new SyntheticPaper(id, MakeTitle(random, method, words), MakeAbstract(random, method, methods, sentences)));
        }

        return papers;
    }

    /// <summary>Long lines of the dump files (the abstracts): seed text without needing the dump parser.</summary>
    public static IEnumerable<string> SeedTextFromDumps(string dumpsDirectory)
    {
        foreach (var file in Directory.GetFiles(dumpsDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length >= 300)
                {
                    yield return line.Trim();
                }
            }
        }
    }

    /// <summary>The abstracts of the dumps in <paramref name="dumpsDirectory"/>, as the site's own parser reads them.</summary>
    /// <remarks>Unlike <see cref="SeedTextFromDumps"/>, titles and page chrome never leak into the seed text.</remarks>
    public static IEnumerable<string> AbstractsFromDumps(string dumpsDirectory)
    {
        // Warnings about the seeds are not the benchmark's business; the build of the seeds reports them.
        var ignored = new DiagnosticBag();
        foreach (var file in Directory.GetFiles(dumpsDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var dump = DumpParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file), null, ignored);
            foreach (var entry in dump?.Entries ?? [])
            {
                if (entry.Abstract.Length > 0)
                {
                    yield return entry.Abstract.Value;
                }
            }
        }
    }

    /// <summary>The papers as a JSON array of <c>{"id", "title", "abstract"}</c> objects (UTF-8).</summary>
    public static byte[] ToJson(IEnumerable<SyntheticPaper> papers)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var documents = papers.Select(paper => new Dictionary<string, string>
        {
            ["id"] = paper.Id,
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract,
        });
        return JsonSerializer.SerializeToUtf8Bytes(documents, options);
    }

    private static void CollectSentencesAndWords(string text, List<string> sentences, List<string> words)
    {
        foreach (var sentence in text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var sentenceWords = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (sentenceWords.Length < 5)
            {
                continue;
            }

            sentences.Add(sentence.EndsWith('.') ? sentence : sentence + ".");
            foreach (var word in sentenceWords)
            {
                var bare = word.Trim('.', ',', ';', ':', '(', ')', '"');
                if (bare.Length >= 3)
                {
                    words.Add(bare);
                }
            }
        }
    }

    /// <summary>Mostly a new name (the vocabulary grows), sometimes one seen before (as follow-up papers do).</summary>
    private static string PickMethod(Random random, List<string> methods)
    {
        if (methods.Count > 0 && random.NextDouble() < 0.35)
        {
            return methods[random.Next(methods.Count)];
        }

        var name = NameStarts[random.Next(NameStarts.Length)] + NameMiddles[random.Next(NameMiddles.Length)]
            + NameEnds[random.Next(NameEnds.Length)];
        if (random.NextDouble() < 0.5)
        {
            name += random.Next(2, 100);
        }

        methods.Add(name);
        return name;
    }

    private static string MakeTitle(Random random, string method, List<string> words)
    {
        var title = new StringBuilder(method).Append(':');
        var length = random.Next(7, 14);
        for (var i = 0; i < length; i++)
        {
            var word = words[random.Next(words.Count)];
            title.Append(' ').Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        return EndAsTitle(title);
    }

    /// <summary>
    /// A title must not end like a sentence ("… work?", "… model.’"), or a dump parser would take it for an
    /// abstract; the words come from abstracts, so the last one may.
    /// </summary>
    private static string EndAsTitle(StringBuilder title)
    {
        while (title.Length > 0 && title[^1] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')')
        {
            title.Length--;
        }

        return title.ToString();
    }

    private static string MakeAbstract(Random random, string method, List<string> methods, List<string> sentences)
    {
        var text = new StringBuilder("We introduce ").Append(method).Append(", a new approach.");
        var wordCount = 5;
        while (wordCount < AbstractWords)
        {
            var sentence = sentences[random.Next(sentences.Count)];
            text.Append(' ').Append(sentence);
            wordCount += CountWords(sentence);
            if (random.NextDouble() < 0.15)
            {
                text.Append(" Compared with ").Append(methods[random.Next(methods.Count)]).Append(", it is more efficient.");
                wordCount += 7;
            }
        }

        return text.ToString();
    }

    private static int CountWords(string sentence)
    {
        var count = 1;
        foreach (var c in sentence)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }
}

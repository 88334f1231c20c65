using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;

namespace SiteGen.Bench;

/// <summary>
/// What a reader downloads on the example site: for a content page, a lesson page with a quiz,
/// a training module page and a module's quiz page, the bytes of the HTML, the stylesheets and the
/// scripts it links (the theme's code and the quiz and module data scripts), raw and gzipped one
/// file at a time as a server sends them; and the search files a browser loads once a visitor searches.
/// </summary>
internal static class PageWeight
{
    /// <summary>Builds the example site into <paramref name="folder"/> and writes the two tables.</summary>
    public static void Write(string folder, TextWriter output)
    {
        var options = new BuildOptions
        {
            ConfigPath = Path.Combine(Repository.Root, "site.yaml"),
            OutputPath = folder,
            BuiltInThemes = Path.Combine(Repository.Root, "themes"),
            WriteAnswerKeys = false, // the repository's own site: nothing is written beside it
        };
        var result = SiteBuilder.Build(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The example site did not build:\n" + string.Join('\n', result.Errors));
        }

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Html: parser.ParseDocument(File.ReadAllText(Path.Combine(folder, path)))))
            .ToList();

        var table = new MarkdownTable("page", "HTML", "CSS", "JavaScript: code", "JavaScript: quiz and module data", "total raw", "total gzip");
        foreach (var (kind, page) in Choose(pages))
        {
            var html = Weight.Of(Path.Combine(folder, page.Path));
            var css = Weight.Sum(page.Html.QuerySelectorAll("link[rel~=stylesheet][href]").Select(l => Resolve(folder, page.Path, l.GetAttribute("href")!)));
            var scripts = page.Html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
            var code = Weight.Sum(scripts.Where(s => !IsData(s)).Select(s => Resolve(folder, page.Path, s)));
            var data = Weight.Sum(scripts.Where(IsData).Select(s => Resolve(folder, page.Path, s)));
            var total = html + css + code + data;
            table.Row($"{kind} ({page.Path})", html.ToString(), css.ToString(), code.ToString(), data.ToString(), Format.Kilobytes(total.Raw), Format.Kilobytes(total.Gzip));
        }

        output.WriteLine("Page weight on the example site (raw / gzip, each file gzipped on its own as a server sends it):");
        output.WriteLine();
        table.WriteTo(output);
        output.WriteLine();

        var search = pages.FirstOrDefault(p => p.Html.QuerySelector("[data-search-index]") is not null);
        var files = new MarkdownTable("search file", "raw", "gzip", "loaded");
        if (search.Html is not null)
        {
            var form = search.Html.QuerySelector("[data-search-index]")!;
            foreach (var attribute in new[] { "data-search-script", "data-search-index", "data-search-lunr" })
            {
                if (form.GetAttribute(attribute) is null)
                {
                    continue; // an older theme, without the search script loaded apart
                }

                var path = Resolve(folder, search.Path, form.GetAttribute(attribute)!);
                var weight = Weight.Of(path);
                files.Row(Path.GetRelativePath(folder, path).Replace('\\', '/'), Format.Kilobytes(weight.Raw), Format.Kilobytes(weight.Gzip), "when a visitor starts to search");
            }
        }

        foreach (var (parts, what) in new[] { ("t", "the shards of a query's terms (one for most words)"), ("p", "one for each result shown") })
        {
            var each = Directory.Exists(Path.Combine(folder, "search", parts))
                ? Directory.GetFiles(Path.Combine(folder, "search", parts), "*.js").Select(Weight.Of).OrderBy(w => w.Gzip).ToList()
                : [];
            if (each.Count > 0)
            {
                var median = each[each.Count / 2];
                files.Row($"search/{parts}/*.js ({each.Count}, median)", Format.Kilobytes(median.Raw), Format.Kilobytes(median.Gzip), what);
            }
        }

        files.WriteTo(output);
    }

    /// <summary>The pages to weigh, found by what they load, so renamed example pages are still found.</summary>
    private static IEnumerable<(string Kind, (string Path, IHtmlDocument Html) Page)> Choose(List<(string Path, IHtmlDocument Html)> pages)
    {
        bool Loads((string Path, IHtmlDocument Html) page, string folder) =>
            page.Html.QuerySelectorAll("script[src]").Any(s => s.GetAttribute("src")!.Contains($"{folder}/", StringComparison.Ordinal));
        var kinds = new (string Kind, Func<(string Path, IHtmlDocument Html), bool> Is)[]
        {
            ("content page", p => p.Path.StartsWith("about-cse/", StringComparison.Ordinal) && p.Path.Count(c => c == '/') == 2 && !Loads(p, "quizzes") && !Loads(p, "modules")),
            ("lesson page with a quiz", p => p.Path.StartsWith("lessons/", StringComparison.Ordinal) && Loads(p, "quizzes")),
            ("training module page", p => Loads(p, "modules") && !Loads(p, "quizzes") && p.Path.Count(c => c == '/') == 3 && !p.Path.EndsWith("/certificate/index.html", StringComparison.Ordinal)),
            ("training module quiz page", p => Loads(p, "modules") && Loads(p, "quizzes")),
        };
        foreach (var (kind, isKind) in kinds)
        {
            var page = pages.FirstOrDefault(isKind);
            if (page.Html is null)
            {
                throw new InvalidOperationException($"No {kind} found on the example site to weigh.");
            }

            yield return (kind, page);
        }
    }

    private static bool IsData(string src) =>
        src.Contains("quizzes/", StringComparison.Ordinal) || src.Contains("modules/", StringComparison.Ordinal);

    private static string Resolve(string folder, string pagePath, string href)
    {
        var page = new Uri("file:///site/" + pagePath);
        var target = new Uri(page, href);
        return Path.Combine(folder, Uri.UnescapeDataString(target.AbsolutePath["/site/".Length..]));
    }

    /// <summary>Bytes of one or more files, raw and gzipped.</summary>
    private readonly record struct Weight(long Raw, long Gzip)
    {
        public static Weight Of(string path)
        {
            var bytes = File.ReadAllBytes(path);
            return new Weight(bytes.Length, Format.Gzipped(bytes));
        }

        public static Weight Sum(IEnumerable<string> paths) => paths.Select(Of).Aggregate(new Weight(0, 0), (a, b) => a + b);

        public static Weight operator +(Weight a, Weight b) => new(a.Raw + b.Raw, a.Gzip + b.Gzip);

        public override string ToString() => Raw == 0 ? "0" : $"{Format.Kilobytes(Raw)} / {Format.Kilobytes(Gzip)}";
    }
}

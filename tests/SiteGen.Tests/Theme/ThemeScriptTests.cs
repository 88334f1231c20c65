using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Theme;

/// <summary>
/// The theme's scripts are written as ES modules and built by esbuild into classic scripts when
/// SiteGen is built (themes/default/build.mjs). A site ships those classic scripts, never the
/// modules: a missed build step must fail here, loudly, and a site build without them must say
/// what to run.
/// </summary>
public sealed class ThemeScriptTests : IDisposable
{
    // Compiles each file as a classic script (vm.Script: an import or export statement is a
    // syntax error there, as in a page's <script>), then runs them in order, as a page does, with
    // just enough of a page for them to start, and reports what they put on window.
    private const string Runner = """
        const fs = require('fs');
        const vm = require('vm');
        const scripts = process.argv.slice(1).map((file) => ({ file, code: fs.readFileSync(file, 'utf8') }));
        for (const s of scripts) {
          new vm.Script(s.code, { filename: s.file });
        }
        const noop = () => {};
        const page = {
          document: { readyState: 'loading', addEventListener: noop, querySelector: () => null, querySelectorAll: () => [] },
          addEventListener: noop,
          console,
        };
        page.window = page;
        vm.createContext(page);
        for (const s of scripts) {
          vm.runInContext(s.code, page, { filename: s.file });
        }
        const training = page.SiteGenTraining || {};
        process.stdout.write(JSON.stringify({
          dom: Object.keys(page.SiteGenDom || {}).sort(),
          errors: Object.keys(page.SiteGenErrors || {}).sort(),
          quizRecord: page.SiteGenQuiz ? JSON.stringify(page.SiteGenQuiz.readRecord('q', null)) : null,
          training: Object.keys(training).sort(),
          sha256: training.sha256 ? training.sha256('abc') : null,
          slug: training.nameSlug ? training.nameSlug("Zo\u00eb O'Brien-Smith") : null,
          said: page.SiteGenDom && page.SiteGenDom.say ? page.SiteGenDom.say('{n} of {m}, {t}', { n: 12, m: 40, t: 'step 2' }, '\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669') : null,
        }));
        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_site_ships_classic_scripts_built_from_the_modules_with_the_quiz_and_search_in_them()
    {
        _site.BuildOk();
        string[] bundles = ["sitegen.js", "sitegen-quiz.js", "sitegen-search.js", "sitegen-training.js", "sitegen-certificate.js"];
        var js = bundles.ToDictionary(b => b, b => _site.OutputText("assets/" + b));

        // The built scripts, each under its component's name; no module source among them.
        Assert.Contains("/* components/site-search/search-loader.js */", js["sitegen.js"], StringComparison.Ordinal);
        Assert.Contains("/* components/quiz/quiz.js */", js["sitegen-quiz.js"], StringComparison.Ordinal);
        Assert.Contains("/* components/site-search/site-search.js */", js["sitegen-search.js"], StringComparison.Ordinal);
        Assert.Contains("form[data-module=\"site-search\"]", js["sitegen-search.js"], StringComparison.Ordinal);
        Assert.Contains("/* components/training-module/training-module.js */", js["sitegen-training.js"], StringComparison.Ordinal);
        Assert.Contains("/* components/certificate/certificate.js */", js["sitegen-certificate.js"], StringComparison.Ordinal);
        Assert.DoesNotContain(".mjs */", string.Concat(js.Values), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_site.Output, "*.mjs", SearchOption.AllDirectories));

        var run = RunInNode([.. bundles.Select(b => Path.Combine(_site.Output, "assets", b))]);

        // The globals other scripts and the data scripts rely on are there, and work.
        Assert.Equal(["addToken", "el", "focusElement", "inDigits", "ready", "rememberKey", "removeToken", "say", "storageFor", "storageNamed", "takeWords", "warn"], Strings(run, "dom"));
        Assert.Equal("١٢ of ٤٠, step 2", run.GetProperty("said").GetString()); // numbers in the language's digits; text as it is
        Assert.Equal(["message", "summary"], Strings(run, "errors"));
        Assert.Equal("""{"attempts":[],"confidenceBefore":{},"confidenceAfter":{}}""", run.GetProperty("quizRecord").GetString());
        Assert.Superset(
            new HashSet<string>(["canonicalise", "checksum", "completion", "completionRecord", "fileName", "latestPass", "moduleData", "nameSlug", "readProgress", "readQuizRecord", "sha256", "timePage", "writeProgress"]),
            new HashSet<string>(Strings(run, "training")));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", run.GetProperty("sha256").GetString());
        Assert.Equal("zoe-o-brien-smith", run.GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the example site in SiteGen's repository: its theme folder is SiteGen's
    public void A_built_in_script_that_was_never_built_is_an_error_that_says_what_to_run(bool siteFolderIsTheTheme)
    {
        var themes = CopyTheme(siteFolderIsTheTheme ? Path.Combine(_site.Root, "themes") : null, without: "components/quiz/quiz.js");
        try
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                ConfigPath = Path.Combine(_site.Root, "site.yaml"),
                OutputPath = _site.Output,
                BuiltInThemes = themes,
                Today = TestSite.Today,
            });

            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Errors);
            Assert.Equal(DiagnosticCodes.ThemeError, error.Code);
            Assert.Equal("themes/default/components/quiz/quiz.js", error.Location.File);
            Assert.Contains("quiz.mjs", error.Message, StringComparison.Ordinal);
            Assert.Contains("dotnet build", error.Fix, StringComparison.Ordinal);
            Assert.Contains("npm run build", error.Fix, StringComparison.Ordinal);
            Assert.False(Directory.Exists(_site.Output));
        }
        finally
        {
            if (!siteFolderIsTheTheme)
            {
                Directory.Delete(Path.GetDirectoryName(themes)!, recursive: true);
            }
        }
    }

    [Fact]
    public void A_site_script_module_without_its_script_is_an_error()
    {
        _site.Write("themes/default/components/banner/banner.mjs", "window.Banner = true;\n");

        var error = _site.BuildError(DiagnosticCodes.ThemeError);

        Assert.Equal("themes/default/components/banner/banner.js", error.Location.File);
        Assert.Contains("docs/theming.md", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_module_that_changes_a_built_in_script_is_a_warning_as_it_is_not_built()
    {
        _site.Write("themes/default/components/quiz/src/text.mjs", "export var TEXT = { tryAgain: 'Have another go' };\n");

        var result = _site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnbuiltThemeModule);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("themes/default/components/quiz/src/text.mjs", warning.Location.File);
        Assert.Contains("components/quiz/quiz.js", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Have another go", _site.OutputText("assets/sitegen-quiz.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_own_classic_script_replaces_the_built_one()
    {
        _site.Write("themes/default/components/quiz/src/text.mjs", "export var TEXT = { tryAgain: 'Have another go' };\n");
        _site.Write("themes/default/components/quiz/quiz.js", "(function () { window.OwnQuiz = 'Have another go'; })();\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UnbuiltThemeModule);
        var js = _site.OutputText("assets/sitegen-quiz.js");
        Assert.Contains("window.OwnQuiz = 'Have another go';", js, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGenQuiz", js, StringComparison.Ordinal);
    }

    private static string[] Strings(JsonElement run, string name) =>
        [.. run.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    // The repository's default theme, less one file, in the themes folder given or a new one; returns the themes folder.
    private static string CopyTheme(string? themes, string without)
    {
        var source = Path.Combine(RepoPaths.Themes, "default");
        themes ??= Path.Combine(Path.GetTempPath(), "sitegen-theme-" + Guid.NewGuid().ToString("N")[..10], "themes");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (relative == without || (relative.StartsWith("node_modules/", StringComparison.Ordinal) && relative != "node_modules/lunr/lunr.min.js"))
            {
                continue;
            }

            var target = Path.Combine(themes, "default", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return themes;
    }

    private static JsonElement RunInNode(params string[] scripts)
    {
        var output = NodeProcess.Run(["-e", Runner, .. scripts], null, TimeSpan.FromMinutes(2), "these tests run the shipped scripts as a page would.");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}

using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;
using SiteGen.Training;

namespace SiteGen.Tests.Training;

/// <summary>
/// A training module as its learner and its training lead meet it: the start page with the
/// pages and the time they take, the certificate page, the module's data for the browser, and
/// the answer key of every version the report needs.
/// </summary>
public sealed class TrainingModuleTests : IDisposable
{
    private const string Training = """
        training:
          refresher_months: 24
          levels:
            - id: level-1
              name: "Level 1: awareness"
            - id: level-2
              name: "Level 2: practitioners"

        """;

    private const string Quiz = """
        ```quiz
        id: awareness-check
        title: Check what you know
        pass_mark: 50
        confidence:
          - id: sure
            question: How confident are you that you could spot the signs?
            scale: [Not at all, A little, Fairly, Confident, Very]
        questions:
          - id: consent
            kind: true-false
            question: A child can consent to their own exploitation.
            answer: false
            explanation: A child can never consent to their own abuse.
            learn_more: what-it-is.md
          - id: signs
            kind: multiple
            question: Which can be signs?
            options:
              - id: gifts
                text: Unexplained gifts
                correct: true
              - id: missing
                text: Going missing
                correct: true
              - id: sport
                text: Liking sport
            explanation: Gifts and going missing can both be signs.
            learn_more: what-it-is.md
        ```

        """;

    private readonly TestSite _site = new();

    public TrainingModuleTests()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + Training);
        _site.Write("content/training/index.md", TestSite.Page("Staff training", "parents"));
        _site.Write("content/training/awareness/index.md", TestSite.Page("Awareness for all staff", "parents", "sequence: true\nmodule: awareness\nlevel: level-1\n") +
            "Start here.\n");
        _site.Write("content/training/awareness/what-it-is.md", TestSite.Page("What it is", "parents", "order: 1\nmodule: awareness\n") +
            string.Join(' ', Enumerable.Repeat("Exploitation is abuse.", 150)) + "\n");
        _site.Write("content/training/awareness/quiz.md", TestSite.Page("The quiz", "parents", "order: 2\nmodule: awareness\n") + Quiz);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_start_page_lists_the_modules_pages_in_order_with_the_time_each_takes()
    {
        _site.BuildOk();
        var start = _site.Html("training/awareness/index.html");
        var panel = start.QuerySelector("[data-module='training-module']")!;
        Assert.Equal(["What it is", "The quiz"], panel.QuerySelectorAll(".training-module__link").Select(a => a.TextContent.Trim()));
        Assert.Equal(["../../training/awareness/what-it-is/", "../../training/awareness/quiz/"], panel.QuerySelectorAll(".training-module__link").Select(a => a.GetAttribute("href")));

        // 450 words at 200 a minute is three minutes; the quiz asks two questions, a minute each.
        Assert.Equal(["3 min", "Quiz, 2 min"], panel.QuerySelectorAll(".training-module__minutes").Select(s => s.TextContent.Trim()));
        Assert.Contains("Level 1: awareness. About 6 minutes: 2 pages, the last a quiz of 2 questions.", panel.TextContent, StringComparison.Ordinal);
        Assert.NotNull(start.QuerySelector("script[src='../../modules/awareness.js']"));

        var page = _site.Html("training/awareness/what-it-is/index.html");
        Assert.Contains("page 1 of 2", page.QuerySelector(".training-module-marker")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("training/awareness/what-it-is/", page.QuerySelector(".training-module-marker")!.GetAttribute("data-training-page"));
        var quiz = _site.Html("training/awareness/quiz/index.html").QuerySelector(".quiz")!;
        Assert.Equal("awareness", quiz.GetAttribute("data-training-module"));
    }

    [Fact]
    public void Each_script_beyond_the_main_one_is_loaded_only_by_the_pages_that_use_it()
    {
        _site.Write("content/quiz-page.md", TestSite.Page("A page with a quiz", "parents") + Quiz.Replace("id: awareness-check", "id: page-check", StringComparison.Ordinal).Replace("learn_more: what-it-is.md", "learn_more: training/awareness/what-it-is.md", StringComparison.Ordinal));
        _site.BuildOk();
        string[] Scripts(string page) => [.. _site.Html(page).QuerySelectorAll("script[src*='assets/']").Select(s => s.GetAttribute("src")![(s.GetAttribute("src")!.LastIndexOf('/') + 1)..])];

        Assert.Equal(["sitegen.js"], Scripts("index.html"));
        Assert.Equal(["sitegen.js"], Scripts("training/index.html"));
        Assert.Equal(["sitegen.js", "sitegen-quiz.js"], Scripts("quiz-page/index.html"));
        Assert.Equal(["sitegen.js", "sitegen-training.js"], Scripts("training/awareness/index.html"));
        Assert.Equal(["sitegen.js", "sitegen-quiz.js", "sitegen-training.js"], Scripts("training/awareness/quiz/index.html"));
        Assert.Equal(["sitegen.js", "sitegen-training.js", "sitegen-certificate.js"], Scripts("training/awareness/certificate/index.html"));
        Assert.Equal(["sitegen.js", "lunr.min.js", "sitegen-search.js"], Scripts("search/index.html")); // and the index's manifest: a reader there is about to search
        Assert.DoesNotContain("completion-record", _site.OutputText("assets/sitegen.js") + _site.OutputText("assets/sitegen-training.js"), StringComparison.Ordinal);
        Assert.Contains("completion-record", _site.OutputText("assets/sitegen-certificate.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_page_can_say_how_long_the_module_takes()
    {
        _site.Write("content/training/awareness/index.md", TestSite.Page("Awareness for all staff", "parents", "sequence: true\nmodule: awareness\nlevel: level-1\nminutes: 75\n") + "Start here.\n");
        _site.BuildOk();
        Assert.Contains("About 1 hour 15 minutes", _site.Html("training/awareness/index.html").QuerySelector(".training-module")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_in_another_language_has_its_modules_and_certificate_in_its_words_and_digits_and_the_scripts_are_told()
    {
        _site.Write("content/training/awareness/index.md", TestSite.Page("Awareness <for> all staff", "parents", "sequence: true\nmodule: awareness\nlevel: level-1\nminutes: 60\n") + "Start here.\n");
        _site.Write("site.yaml", TestSite.SiteYaml + Training + "language: ar\nlanguage_direction: rtl\n");
        _site.Write("themes/default/strings/ar.yaml", """
            digits: "٠١٢٣٤٥٦٧٨٩"
            training_summary: "{time} in all ({level}): {count} pages, then {questions} questions."
            training_duration_hours_one: Roughly {count} hour
            training_quiz_minutes: "Quiz: {minutes} minutes"
            training_page_of: Page {position}/{count} of {link}
            certificate_page_title: "{module}: your certificate"
            certificate_not_passed_next: Go through {link} and {quiz} first.
            training_not_started: Not begun
            month_1: Jan.
            """);
        _site.BuildOk();

        var startPage = _site.Html("training/awareness/index.html");
        Assert.Equal(("ar", "rtl"), (startPage.DocumentElement.GetAttribute("lang"), startPage.DocumentElement.GetAttribute("dir")));
        var start = startPage.QuerySelector(".training-module")!;
        Assert.Equal("Roughly ١ hour in all (Level 1: awareness): ٢ pages, then ٢ questions.", start.QuerySelector(".training-module__summary")!.TextContent);
        Assert.Equal(["٣ min", "Quiz: ٢ minutes"], start.QuerySelectorAll(".training-module__minutes").Select(s => s.TextContent.Trim()));
        var marker = _site.Html("training/awareness/what-it-is/index.html").QuerySelector(".training-module-marker")!;
        Assert.Equal("Page ١/٢ of Awareness <for> all staff", marker.TextContent.Trim());
        Assert.Equal("../../../training/awareness/", marker.QuerySelector("a")!.GetAttribute("href"));

        var certificate = _site.Html("training/awareness/certificate/index.html");
        Assert.Equal("Awareness <for> all staff: your certificate", certificate.QuerySelector("h1")!.TextContent.Trim());
        var next = certificate.QuerySelector("[data-certificate-not-passed] p:last-child")!;
        Assert.Equal("Go through the module's pages and take the quiz first.", next.TextContent);
        Assert.Equal(["../../../training/awareness/", "../../../training/awareness/quiz/"], next.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        // The scripts get every word, the site's and (where it has none) the theme's English, by the names they look for.
        using var words = JsonDocument.Parse(certificate.QuerySelector("[data-certificate-words]")!.GetAttribute("data-certificate-words")!);
        Assert.Equal("Jan.", words.RootElement.GetProperty("month1").GetString());
        Assert.Equal("٠١٢٣٤٥٦٧٨٩", words.RootElement.GetProperty("digits").GetString());
        Assert.Equal("Enter your full name", words.RootElement.GetProperty("certificateEnterName").GetString());
        Assert.Equal("There is a problem", words.RootElement.GetProperty("errorSummaryTitle").GetString());
        using var training = JsonDocument.Parse(start.GetAttribute("data-training-words")!);
        Assert.Equal("Not begun", training.RootElement.GetProperty("trainingNotStarted").GetString());
    }

    [Fact]
    public void Each_module_gets_a_certificate_page_that_search_and_the_sitemap_leave_out()
    {
        _site.BuildOk();
        var certificate = _site.Html("training/awareness/certificate/index.html");
        Assert.Equal("Certificate for Awareness for all staff", certificate.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Level 1: awareness", certificate.QuerySelector(".certificate__sheet")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Home", "Staff training", "Awareness for all staff"],
            certificate.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent.Trim()));
        Assert.DoesNotContain("certificate", _site.OutputText("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("certificate/", string.Join('\n', Directory.EnumerateFiles(Path.Combine(_site.Output, "search", "p")).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_gets_the_module_version_pass_mark_refresher_and_pages()
    {
        _site.BuildOk();
        var data = ModuleData("output/modules/awareness.js");
        var module = data.GetProperty("module");
        Assert.Equal("awareness", module.GetProperty("id").GetString());
        Assert.Equal("Level 1: awareness", module.GetProperty("levelName").GetString());
        Assert.Equal("awareness-check", module.GetProperty("quizId").GetString());
        Assert.Equal(50, module.GetProperty("passMark").GetInt32());
        Assert.Matches("^[0-9a-f]{16}$", module.GetProperty("version").GetString());
        Assert.Equal(24, data.GetProperty("refresherMonths").GetInt32());
        Assert.Equal("https://cse.example.org/safeguarding/cse/", data.GetProperty("site").GetProperty("url").GetString());
        Assert.Equal("Testshire Safeguarding Children Partnership", data.GetProperty("site").GetProperty("partnership").GetString());
        Assert.Equal(["training/awareness/what-it-is/", "training/awareness/quiz/"],
            data.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()));
    }

    [Fact]
    public void Every_built_version_keeps_its_answer_key_and_a_failed_build_adds_none()
    {
        _site.BuildOk();
        var first = Keys();
        var key = JsonDocument.Parse(File.ReadAllText(Assert.Single(first))).RootElement;
        Assert.Equal("sitegen-module-key", key.GetProperty("format").GetString());
        var questions = key.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!, q => q.GetProperty("correct").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.Equal(["false"], questions["consent"]);
        Assert.Equal(["gifts", "missing"], questions["signs"]);

        _site.Write("content/training/awareness/what-it-is.md", TestSite.Page("What it is", "parents", "order: 1\nmodule: awareness\n") + "Exploitation is always abuse.\n");
        _site.BuildOk();
        Assert.Equal(2, Keys().Count);
        Assert.Contains(first[0], Keys()); // the old version's key stays for records made with it

        _site.Write("content/training/awareness/what-it-is.md", TestSite.Page("What it is", "parents", "order: 1\nmodule: awareness\n") + "A [broken link](nowhere.md).\n");
        Assert.False(_site.Build().Succeeded);
        Assert.Equal(2, Keys().Count);
    }

    [Fact]
    public void The_copy_built_for_disk_has_the_same_module_version()
    {
        _site.BuildOk();
        var web = ModuleData("output/modules/awareness.js").GetProperty("module").GetProperty("version").GetString();
        _site.BuildOk(forDisk: true);
        Assert.Equal(web, ModuleData("output/modules/awareness.js").GetProperty("module").GetProperty("version").GetString());
        Assert.Single(Keys());
    }

    [Fact]
    public void Errors_on_pages_read_while_the_modules_quiz_is_read_do_not_make_it_count_as_broken()
    {
        // Pages are parsed in parallel, and a quiz once judged itself broken when another page's
        // error was reported while it was being read: the module then "had no quiz".
        for (var i = 0; i < 60; i++)
        {
            _site.Write($"content/broken-{i:D2}.md", TestSite.Page($"Broken {i}", "parents") + "Call {{contact:nobody}} today.\n");
        }

        for (var run = 0; run < 10; run++)
        {
            var errors = _site.Build(write: false).Errors;

            Assert.Equal(60, errors.Count(e => e.Code == DiagnosticCodes.UnknownContact));
            Assert.DoesNotContain(errors, e => e.Code is DiagnosticCodes.ModuleInvalid or DiagnosticCodes.QuizInvalid);
        }
    }

    [Fact]
    public void Module_mistakes_are_all_reported_with_their_place_and_a_fix()
    {
        _site.Write("content/training/awareness/index.md", TestSite.Page("Awareness for all staff", "parents", "sequence: true\nmodule: awareness\nlevel: levle-1\n") + "Start.\n");
        _site.Write("content/training/awareness/extra.md", TestSite.Page("Extra", "parents", "order: 3\n") + "More.\n");
        _site.Write("content/training/other.md", TestSite.Page("Other", "parents", "module: awarness\nlevel: level-2\n") + "Other.\n");
        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.ModuleInvalid).ToList();

        Assert.Contains(errors, e => e.Location.File.EndsWith("awareness/index.md", StringComparison.Ordinal) && e.Location.Line == 9
            && e.Message.Contains("no training level 'levle-1'", StringComparison.Ordinal) && e.Fix!.Contains("level-1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.File.EndsWith("awareness/extra.md", StringComparison.Ordinal)
            && e.Message.Contains("does not say which module", StringComparison.Ordinal) && e.Fix!.Contains("module: awareness", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.File.EndsWith("awareness/index.md", StringComparison.Ordinal)
            && e.Message.Contains("which is not its last page", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.File.EndsWith("training/other.md", StringComparison.Ordinal) && e.Location.Line == 7
            && e.Message.Contains("no module 'awarness'", StringComparison.Ordinal) && e.Fix!.Contains("awareness", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.File.EndsWith("training/other.md", StringComparison.Ordinal) && e.Location.Line == 8
            && e.Message.Contains("level: belongs only on a module's start page", StringComparison.Ordinal));
        Assert.Empty(Keys());
    }

    [Fact]
    public void The_example_site_has_committed_the_answer_key_of_every_modules_current_version()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteLoader.Load(new BuildOptions { ConfigPath = Path.Combine(RepoPaths.Root, "site.yaml"), BuiltInThemes = RepoPaths.Themes }, diagnostics);
        Assert.True(loaded is not null, string.Join('\n', diagnostics.Items));

        Assert.Equal(["level-1", "level-2", "community-businesses"], loaded.Site.Modules.Select(m => m.Id));
        foreach (var module in loaded.Site.Modules)
        {
            var key = Path.Combine(RepoPaths.Root, AnswerKeys.PathOf(module));
            Assert.True(File.Exists(key), $"{AnswerKeys.PathOf(module)} is missing: build the example site and commit completion-keys/.");
            Assert.Equal(AnswerKeys.ToJson(module), File.ReadAllText(key));
        }
    }

    private List<string> Keys()
    {
        var folder = Path.Combine(_site.Root, "completion-keys", "awareness");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)] : [];
    }

    private JsonElement ModuleData(string path)
    {
        var script = File.ReadAllText(Path.Combine(_site.Root, path));
        var json = script[(script.IndexOf("] = ", StringComparison.Ordinal) + 4)..].TrimEnd().TrimEnd(';');
        return JsonDocument.Parse(json).RootElement;
    }
}

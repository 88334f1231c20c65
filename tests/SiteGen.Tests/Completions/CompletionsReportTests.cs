using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Completions;

namespace SiteGen.Tests.Completions;

/// <summary>
/// <c>sitegen completions report</c> run over a folder of good and bad records with a roster,
/// as a training lead would: what each CSV says about each person, why each bad record was
/// rejected, the exit code, and what the board's report shows.
/// </summary>
public sealed class CompletionsReportTests(CompletionsScenario scenario) : IClassFixture<CompletionsScenario>
{
    private string OutFile(string name) => Path.Combine(scenario.Out, name);

    private static double Width(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Rejected_records_and_rows_exit_one_and_are_printed_with_their_file()
    {
        var (code, output, error) = scenario.Result;

        Assert.Equal(1, code);
        Assert.Contains("Read 12 record files: 5 accepted, 7 rejected.", output, StringComparison.Ordinal);
        Assert.Contains($"Roster {scenario.Roster}: 5 people, 1 row rejected.", output, StringComparison.Ordinal);
        Assert.Contains("Trained to their level and in date on 2026-11-21: 2 of 5 (40%) people on the roster.", output, StringComparison.Ordinal);
        Assert.Contains($"{scenario.Record("not-json.json")}: not JSON at line 1, column 13", error, StringComparison.Ordinal);
        Assert.Contains("7 record files and 1 roster row were rejected and not counted; rejected.csv lists every reason.", error, StringComparison.Ordinal);
        Assert.Contains($"{scenario.Record("zz-duplicate.json")}: duplicate of {scenario.Record("valid.json")}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_record_and_roster_row_is_in_rejected_csv_with_all_its_reasons()
    {
        var rejected = CsvFile.Read(OutFile("rejected.csv"));
        string Reason(string file) => Assert.Single(rejected, r => r["file"] == scenario.Record(file))["reason"];

        Assert.Equal(8, rejected.Count);
        Assert.Contains("duplicate of " + scenario.Record("valid.json"), Reason("zz-duplicate.json"), StringComparison.Ordinal);
        Assert.Equal(
            "stated score 5/5 does not match re-scored 4/5 in attempt 1; " +
            "stated overall score 5/5 does not match re-scored 4/5 in attempt 1, the latest passing attempt",
            Reason("tampered.json"));
        Assert.Equal("the checksum does not match the record's contents: the file was changed or damaged after it was downloaded", Reason("edited-checksum.json"));
        Assert.StartsWith("unknown module 'level-9'", Reason("unknown-module.json"), StringComparison.Ordinal);
        Assert.StartsWith("no answer key for version ffffffffffffffff of module 'level-1' (keys were looked for in ", Reason("missing-version.json"), StringComparison.Ordinal);
        Assert.StartsWith("not JSON at line 1, column 13: 'o' is an invalid start of a value", Reason("not-json.json"), StringComparison.Ordinal);
        Assert.Equal("learner.role: is missing; learner.email: does not match pattern ^[^@\\s]+@[^@\\s]+$", Reason("schema.json"));

        var row = Assert.Single(rejected, r => r["file"] == scenario.Roster);
        Assert.Equal("7", row["row"]);
        Assert.StartsWith("row 7 has no organisation, role, required_level", row["reason"], StringComparison.Ordinal);
        Assert.Equal("", row["record_id"]);
        Assert.All(rejected.Where(r => r["file"] != scenario.Roster && !r["file"].EndsWith("not-json.json", StringComparison.Ordinal)),
            r => Assert.Matches("^[0-9a-f-]{36}$", r["record_id"]));
    }

    [Fact]
    public void Completions_csv_has_each_persons_latest_record_per_module_with_its_status()
    {
        var rows = CsvFile.Read(OutFile("completions.csv"));

        Assert.Equal(ReportCsv.CompletionColumns, CsvFile.Headers(OutFile("completions.csv")));
        Assert.Equal(["Pat <Visitor>", "Alex Lee", "Morgan Reed", "Riley Shaw", "Jo Bloggs", "Sky Never"], rows.Select(r => r["name"]));
        var alex = rows.Single(r => r["name"] == "Alex Lee");
        Assert.Equal(
            ("NPS-0142", "yes", "Level 1: awareness", "Level 1: awareness", "level-1", "2026-10-01", "5", "5", "100", "yes", "2027-10-01", "in date", scenario.Record("valid.json")),
            (alex["staff_id"], alex["on_roster"], alex["level_required"], alex["level_achieved"], alex["module"], alex["completed"], alex["score"], alex["total"],
             alex["percent"], alex["passed"], alex["refresher_due"], alex["status"], alex["file"]));
        Assert.Equal(("overdue", "2026-06-01"), (rows.Single(r => r["name"] == "Morgan Reed")["status"], rows.Single(r => r["name"] == "Morgan Reed")["refresher_due"]));
        var jo = rows.Single(r => r["name"] == "Jo Bloggs");
        Assert.Equal(("not passed", "jo@example.org", "Smith & <Jones> Nursery", "2", "40", "no", "", ""),
            (jo["status"], jo["email"], jo["organisation"], jo["score"], jo["percent"], jo["passed"], jo["refresher_due"], jo["level_achieved"]));
        var riley = rows.Single(r => r["name"] == "Riley Shaw");
        Assert.Equal(("Level 2: practitioners", "level-2", "in date"), (riley["level_achieved"], riley["module"], riley["status"]));
        var never = rows.Single(r => r["name"] == "Sky Never");
        Assert.Equal(("never", "", ""), (never["status"], never["module"], never["record_id"]));
        var visitor = rows.Single(r => r["name"] == "Pat <Visitor>");
        Assert.Equal(("no", "", "Eastgate Youth Club", "in date"), (visitor["on_roster"], visitor["level_required"], visitor["organisation"], visitor["status"]));

        // Per person, as the summary counts them: trained to their level and in date, or not (overdue, failed, never); blank off the roster.
        Assert.Equal(["", "yes", "no", "yes", "no", "no"], rows.Select(r => r["meets_required_level"]));
        Assert.Equal("level_achieved", ReportCsv.CompletionColumns[Array.IndexOf(ReportCsv.CompletionColumns, "meets_required_level") - 1]);
    }

    [Fact]
    public void Summary_csv_counts_roster_people_trained_to_their_level_by_organisation_role_and_level()
    {
        var rows = CsvFile.Read(OutFile("summary.csv"))
            .Select(r => string.Join('|', r["organisation"], r["role"], r["level"], r["people"], r["completed"], r["in_date"], r["overdue"], r["never"], r["percent_in_date"]));

        Assert.Equal(
        [
            "Northfield Primary School|Designated safeguarding lead|Level 2: practitioners|1|1|1|0|0|100",
            "Northfield Primary School|Teacher|Level 1: awareness|1|1|0|1|0|0",
            "Northfield Primary School|Teaching assistant|Level 1: awareness|1|1|1|0|0|100",
            "Smith & <Jones> Nursery|Cook|Level 1: awareness|1|0|0|0|1|0",
            "Smith & <Jones> Nursery|Nursery worker|Level 1: awareness|1|0|0|0|1|0",
            "All|||5|3|2|1|2|40",
        ], rows);
    }

    [Fact]
    public void The_boards_report_shows_the_headline_summary_modules_and_rejections_with_everything_escaped()
    {
        var html = File.ReadAllText(OutFile("report.html"));
        var page = new HtmlParser().ParseDocument(html);
        string[] Row(string caption, string cell) =>
        [
            .. page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(caption, StringComparison.Ordinal))
                .QuerySelectorAll("tbody tr").Single(tr => tr.Children.Any(c => c.TextContent == cell)).Children.Select(c => c.TextContent),
        ];

        Assert.Equal("CSE training completions, 21 November 2026 – Test partnership site", page.Title);
        Assert.Equal(page.Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Test partnership site, Testshire Safeguarding Children Partnership", "As of 21 November 2026. Refreshers are due 12 months after a pass.",
             "12 record files read: 5 accepted, 7 rejected.\nRoster: staff.csv, 5 people."],
            page.QuerySelectorAll(".meta").Select(p => p.TextContent));
        Assert.Equal("Of the 5 people on the roster:", page.QuerySelector("#headline + p")!.TextContent);
        Assert.Equal(
        [
            "2 of 5 (40%) are trained to the level their role needs and in date. Red: action needed",
            "1 of 5 (20%) is trained to their level, but their refresher is overdue. Red: action needed",
            "2 of 5 (40%) are not yet trained to their level. Red: action needed",
        ], page.QuerySelectorAll(".headline li").Select(li => li.TextContent));
        Assert.Equal(
            ["Organisation", "Role", "Level required", "People", "Trained to level", "In date", "Overdue", "Not trained to level", "% in date"],
            page.QuerySelectorAll("table").First().QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal("Training to the required level by organisation, role and level, as of 21 November 2026", page.QuerySelector("caption")!.TextContent);
        Assert.Equal(["All", "", "", "5", "3", "2", "1", "2", "40"], page.QuerySelectorAll("table").First().QuerySelectorAll("tfoot td, tfoot th").Select(c => c.TextContent));
        Assert.Equal(["Smith & <Jones> Nursery", "2", "0", "0 of 2 (0%)"], Row("People in date by organisation", "Smith & <Jones> Nursery"));
        Assert.Equal(["Level 1: CSE awareness for all staff", "Level 1: awareness", "4", "3", "75", "2", "50", "5", "42", ""],
            Row("Completions, passes", "Level 1: CSE awareness for all staff"));
        Assert.Equal(["Level 1: CSE awareness for all staff", "How confident are you that you would recognise the signs of CSE?", "4", "2.0", "4.0", "+2.0"],
            Row("Mean confidence", "How confident are you that you would recognise the signs of CSE?"));
        Assert.Equal(["A 15-year-old < 16 can consent to sexual activity with an adult.", "", "5", "1", "20"],
            Row("Most missed questions: Level 1", "A 15-year-old < 16 can consent to sexual activity with an adult."));
        Assert.StartsWith("7 record files and 1 roster row were rejected and are not counted above.", page.QuerySelector("#rejected + p")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["The same record handed in twice", "1"], Row("Why records", "The same record handed in twice"));

        Assert.Contains("Smith &amp; &lt;Jones&gt; Nursery", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Jones>", html, StringComparison.Ordinal);
        // The figures are numbers; names appear only in the lists a training lead acts on, and never an email.
        var figures = string.Concat(page.QuerySelectorAll("main > section").Where(s => s.GetAttribute("aria-labelledby") is "headline" or "summary" or "modules" or "missed" or "rejected")
            .Select(s => s.TextContent));
        Assert.DoesNotContain("Alex Lee", figures, StringComparison.Ordinal);
        Assert.DoesNotContain("jo@example.org", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_section_is_a_named_region_and_each_table_scrolls_in_a_focusable_region_named_by_its_caption()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(OutFile("report.html")));

        Assert.Equal(["Headline", "By organisation, role and level", "To chase", "Modules", "Questions most often answered wrongly", "People with records who are not on the roster", "Rejected records and roster rows", "What these records prove"],
            page.QuerySelectorAll("main > section").Select(s => page.GetElementById(s.GetAttribute("aria-labelledby")!)!.TextContent));
        var tables = page.QuerySelectorAll("table");
        Assert.Equal(8, tables.Length);
        Assert.All(tables, table =>
        {
            var wrap = table.ParentElement!;
            Assert.Equal(("table-wrap", "region", "0"), (wrap.ClassName, wrap.GetAttribute("role"), wrap.GetAttribute("tabindex")));
            Assert.Same(table.QuerySelector("caption"), page.GetElementById(wrap.GetAttribute("aria-labelledby")!));
        });

        // Each chart comes straight before the table of its numbers, not beside it.
        Assert.Equal(["organisations-table", "confidence-table"],
            page.QuerySelectorAll(".chart").Select(c => c.NextElementSibling!.GetAttribute("aria-labelledby")));
        Assert.Empty(page.QuerySelectorAll(".pair"));
    }

    [Fact]
    public void The_confidence_chart_starts_bars_at_1_names_each_module_once_and_wraps_questions_whole()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(OutFile("report.html")));
        var chart = page.QuerySelector("#chart-confidence-title")!.ParentElement!;
        var texts = chart.QuerySelectorAll("text").Select(t => t.TextContent).ToList();

        Assert.Single(texts, t => t == "Level 1: CSE awareness for all staff");
        Assert.Contains("Based on 4 learners: treat with caution.", texts);
        Assert.Contains("Based on 4 learners: treat with caution.", page.GetElementById("chart-confidence-desc")!.TextContent, StringComparison.Ordinal);

        // The question is on two lines, broken between words, and nothing is cut off.
        var question = chart.QuerySelectorAll("text").Single(t => t.TextContent.StartsWith("How confident are you that you would", StringComparison.Ordinal));
        var lines = question.QuerySelectorAll("tspan").Select(t => t.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("How confident are you that you would recognise the signs of CSE?", string.Join(' ', lines));
        Assert.DoesNotContain(texts, t => t.Contains('…', StringComparison.Ordinal));

        // An axis labelled 1 to 5; a mean of 2.0 fills a quarter of it and 4.0 three quarters.
        Assert.Equal(["1", "2", "3", "4", "5"], texts.Where(t => t.Length == 1));
        var axis = chart.QuerySelectorAll("line").Single(l => l.GetAttribute("x1") != l.GetAttribute("x2"));
        var axisLength = Width(axis, "x2") - Width(axis, "x1");
        var bars = chart.QuerySelectorAll("rect[stroke]").Take(2).Select(r => Width(r, "width") / axisLength).ToList();
        Assert.Equal([0.25, 0.75], bars);
        Assert.All(chart.QuerySelectorAll("rect[stroke]"), r => Assert.Equal(Width(axis, "x1"), Width(r, "x")));
    }

    [Fact]
    public void The_boards_report_has_no_script_and_a_policy_that_allows_exactly_its_own_style()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(OutFile("report.html")));

        var style = Assert.Single(page.QuerySelectorAll("style")).TextContent;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Equal($"default-src 'none'; style-src 'sha256-{hash}'",
            page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script, [style], link, img, iframe"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll("svg"), svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.All(svg.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.NotNull(page.GetElementById(id)));
        });
        Assert.Equal(2, page.QuerySelectorAll("svg").Length);
    }

    [Fact]
    public void Only_the_output_folder_gets_files()
    {
        Assert.Equal(ReportFiles.Names.Order(StringComparer.Ordinal),
            Directory.GetFiles(scenario.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(12, Directory.GetFiles(scenario.Records).Length);
    }
}

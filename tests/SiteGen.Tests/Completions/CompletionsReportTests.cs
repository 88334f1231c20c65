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

    [Fact]
    public void Rejected_records_and_rows_exit_one_and_are_printed_with_their_file()
    {
        var (code, output, error) = scenario.Result;

        Assert.Equal(1, code);
        Assert.Contains("Read 12 record file(s): 5 accepted, 7 rejected.", output, StringComparison.Ordinal);
        Assert.Contains($"Roster {scenario.Roster}: 5 people, 1 row(s) rejected.", output, StringComparison.Ordinal);
        Assert.Contains("Trained to their level and in date on 2026-11-21: 40% (2 of 5 people on the roster).", output, StringComparison.Ordinal);
        Assert.Contains($"{scenario.Record("not-json.json")}: not JSON at line 1, column 13", error, StringComparison.Ordinal);
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

        Assert.Equal(
            ["40% trained and in date (2 of 5)", "20% trained, refresher overdue (1 of 5)", "40% never trained to their level (2 of 5)"],
            page.QuerySelectorAll(".headline li").Select(li => li.TextContent));
        Assert.Contains("21 November 2026", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Smith & <Jones> Nursery", "2", "0", "0"], Row("In date by organisation", "Smith & <Jones> Nursery"));
        Assert.Equal(["Level 1: CSE awareness for all staff", "Level 1: awareness", "4", "3", "2", "50"], Row("Completions and passes", "Level 1: CSE awareness for all staff"));
        Assert.Equal(["Level 1: CSE awareness for all staff", "How confident are you that you would recognise the signs of CSE?", "4", "2.0", "4.0", "+2.0"],
            Row("Mean confidence", "How confident are you that you would recognise the signs of CSE?"));
        Assert.Equal(["A 15-year-old < 16 can consent to sexual activity with an adult.", "5", "1", "20"],
            Row("Most missed questions: Level 1", "A 15-year-old < 16 can consent to sexual activity with an adult."));
        Assert.Contains("7 record file(s) and 1 roster row(s) were rejected", page.QuerySelector("#rejected + p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["The same record handed in twice", "1"], Row("Why records", "The same record handed in twice"));

        Assert.Contains("Smith &amp; &lt;Jones&gt; Nursery", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Jones>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Lee", html, StringComparison.Ordinal); // the board sees numbers, not names
        Assert.DoesNotContain("jo@example.org", html, StringComparison.Ordinal);
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
        Assert.Equal(["completions.csv", "rejected.csv", "report.html", "summary.csv"],
            Directory.GetFiles(scenario.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(12, Directory.GetFiles(scenario.Records).Length);
    }
}

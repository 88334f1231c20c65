using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MiniExcelLibs;
using SiteGen.Completions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>
/// Evidence a board can rely on: a record is not counted for a roster person whose name or
/// organisation it does not carry, nor when it was completed faster than the module can be read,
/// until the training lead settles it; everyone to chase is listed; the change since the last
/// report is shown; and the same tables come as a workbook.
/// </summary>
public sealed class BoardEvidenceTests : IDisposable
{
    private const string Training = """
        training:
          refresher_months: 36
          levels:
            - id: level-1
              name: "Level 1: awareness"

        """;

    private const string RosterCsv = """
        staff_id,email,name,organisation,role,required_level,sector,also_known_as
        NPS-0142,,Sam Patel,Northfield Primary School,Teaching assistant,level-1,Education,
        NPS-0200,,Morgan Reed,Northfield Primary School,Teacher,level-1,Education,
        NPS-0300,,Jo Okafor,Northfield Primary School,Teacher,level-1,Education,Joanne Okafor-Smith
        HLT-0142,,Ravi Shah,Westside Health Centre,Health visitor,level-1,Health,
        HLT-0500,,Alex Kim,Westside Health Centre,Nurse,level-1,Health,

        """;

    private readonly TestSite _site = new();
    private readonly Dictionary<string, string> _ids = [];

    public BoardEvidenceTests()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + Training);
        AnswerKeyFiles.Write(Path.Combine(_site.Root, "completion-keys"), SampleModule.Level1, minutes: 30);
        _site.Write("staff.csv", RosterCsv);
        var level1 = SampleModule.Level1;

        // Someone at another organisation typed Sam's staff number.
        Save("impostor", RecordFactory.Make(level1, "Chris Jones", "Eastgate Youth Club", "Youth worker", "NPS-0142", null, At(2027, 2, 1)));
        // Morgan, in capitals: probably Morgan, but a person must say so.
        Save("morgan", RecordFactory.Make(level1, "MORGAN REED", "Northfield Primary School", "Teacher", "NPS-0200", null, At(2027, 2, 2)));
        // Jo under the name the roster also knows her by, due a refresher on 1 May 2027.
        Save("jo", RecordFactory.Make(level1, "Joanne Okafor-Smith", "Northfield Primary School", "Teacher", "NPS-0300", null, At(2024, 5, 1)));
        // Ravi, passed in four seconds.
        var quick = RecordFactory.Make(level1, "Ravi Shah", "Westside Health Centre", "Health visitor", "HLT-0142", null, At(2027, 3, 1));
        quick["started"] = quick["completed"]!.GetValue<string>().Replace("10:00:00", "09:59:56", StringComparison.Ordinal);
        quick["durationSeconds"] = 4;
        quick["pages"] = new JsonArray(new JsonObject { ["path"] = "training/level-1/", ["seconds"] = 2 }, new JsonObject { ["path"] = "training/level-1/quiz/", ["seconds"] = 2 });
        Save("quick", RecordFactory.Seal(quick));
        // Alex's refresher was due in January 2026; after a first try that missed the scenario.
        Save("alex", RecordFactory.Make(level1, "Alex Kim", "Westside Health Centre", "Nurse", "HLT-0500", null, At(2023, 1, 10), level1.Answers(wrong: 4), level1.Answers()));
        // Not on the roster at all.
        Save("visitor", RecordFactory.Make(level1, "Pat Visitor", "Eastgate Youth Club", "Youth worker", "EXT-1", null, At(2027, 1, 5)));
    }

    public void Dispose() => _site.Dispose();

    private string Root => _site.Root;

    private (int Code, string Output, string Error) Report(string folder, params string[] more) => CompletionsScenario.Run(
        ["completions", "report", Path.Combine(Root, "records"), "--roster", Path.Combine(Root, "staff.csv"), "--as-of", "2027-03-31",
         "--config", Path.Combine(Root, "site.yaml"), "--out", Path.Combine(Root, folder), .. more]);

    [Fact]
    public void A_record_carrying_someone_elses_staff_number_is_not_counted_and_shows_both_identities()
    {
        var (code, _, error) = Report("report");

        var held = CsvFile.Read(Path.Combine(Root, "report/to-check.csv")).Single(r => r["record_id"] == _ids["impostor"]);
        Assert.Equal(("Chris Jones", "Eastgate Youth Club", "Sam Patel", "Northfield Primary School", "2"),
            (held["name_on_record"], held["organisation_on_record"], held["roster_name"], held["roster_organisation"], held["roster_row"]));
        Assert.Contains("staff id NPS-0142 belongs to Sam Patel", held["why"], StringComparison.Ordinal);
        Assert.Contains("'different person'", held["how_to_settle"], StringComparison.Ordinal);
        Assert.Equal(1, code);
        Assert.Contains("3 records are held back for checking and not counted", error, StringComparison.Ordinal);
        var sam = CsvFile.Read(Path.Combine(Root, "report/completions.csv")).Single(r => r["name"] == "Sam Patel");
        Assert.Equal(("never", "no"), (sam["status"], sam["meets_required_level"]));

        var page = Html("report/report.html");
        var row = Table(page, "to-check-table").QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(_ids["impostor"], StringComparison.Ordinal));
        Assert.Equal(["Chris Jones", "Eastgate Youth Club", "Sam Patel", "Northfield Primary School"], row.Children.Skip(1).Take(4).Select(c => c.TextContent));
        Assert.Equal("1 of 5 (20%)", page.QuerySelector(".headline .figure")!.TextContent);
        Assert.Contains("3 records are held back for checking", page.QuerySelector("#headline")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_match_is_shown_to_confirm_and_a_name_the_roster_also_knows_counts()
    {
        Report("report");

        var held = CsvFile.Read(Path.Combine(Root, "report/to-check.csv")).Single(r => r["record_id"] == _ids["morgan"]);
        Assert.Contains("nearly agree: confirm it is them", held["why"], StringComparison.Ordinal);
        var jo = CsvFile.Read(Path.Combine(Root, "report/completions.csv")).Single(r => r["name"] == "Jo Okafor");
        Assert.Equal(("in date", "yes", "2027-05-01"), (jo["status"], jo["meets_required_level"], jo["refresher_due"]));
    }

    [Fact]
    public void A_completion_faster_than_the_module_can_be_read_is_flagged_with_the_time_it_took()
    {
        Report("report");

        var held = CsvFile.Read(Path.Combine(Root, "report/to-check.csv")).Single(r => r["record_id"] == _ids["quick"]);
        Assert.Equal(("0", "30"), (held["minutes_taken"], held["minutes_estimated"]));
        Assert.Contains("completed in 4 seconds; the module is estimated at 30 minutes", held["why"], StringComparison.Ordinal);
        Assert.Contains("'time ok'", held["how_to_settle"], StringComparison.Ordinal);
    }

    [Fact]
    public void People_with_records_who_are_not_on_the_roster_are_counted_and_listed()
    {
        var (_, output, _) = Report("report");

        Assert.Equal(["Pat Visitor"], CsvFile.Read(Path.Combine(Root, "report/not-on-roster.csv")).Select(r => r["name"]));
        Assert.Contains("Not on the roster: 1 person with records (not-on-roster.csv).", output, StringComparison.Ordinal);
        var page = Html("report/report.html");
        Assert.Equal("Pat Visitor", Table(page, "not-on-roster-table").QuerySelector("tbody th")!.TextContent);
    }

    [Theory]
    [InlineData(3, "Sam Patel|not trained|;Morgan Reed|not trained|;Jo Okafor|due soon|2027-05-01;Ravi Shah|not trained|;Alex Kim|overdue|2026-01-10")]
    [InlineData(0, "Sam Patel|not trained|;Morgan Reed|not trained|;Ravi Shah|not trained|;Alex Kim|overdue|2026-01-10")]
    public void Everyone_to_chase_is_listed_by_organisation_with_what_they_need(int months, string expected)
    {
        Report("report", "--due-within", months.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var chase = CsvFile.Read(Path.Combine(Root, "report/to-chase.csv"));
        var byOrganisation = chase.OrderBy(r => r["organisation"], StringComparer.Ordinal).ThenBy(r => r["need"] switch { "not trained" => 0, "overdue" => 1, _ => 2 })
            .Select(r => $"{r["name"]}|{r["need"]}|{r["due"]}");
        Assert.Equal(expected.Split(';').Order(StringComparer.Ordinal), byOrganisation.Order(StringComparer.Ordinal));
        Assert.Equal(chase.Select(r => r["organisation"]), chase.Select(r => r["organisation"]).Order(StringComparer.Ordinal)); // grouped by organisation
        Assert.Equal("Education", chase.First(r => r["name"] == "Sam Patel")["sector"]);
    }

    [Fact]
    public void Settled_records_count_and_the_report_shows_the_change_since_the_last_one()
    {
        Report("march");
        _site.Write("decisions.csv", $"""
            record_id,decision,note
            {_ids["impostor"]},different person,Chris works at Eastgate and mistyped
            {_ids["morgan"]},Same person,
            {_ids["quick"]},time ok,read the module on paper first

            """);

        var (code, output, error) = Report("april", "--accept", Path.Combine(Root, "decisions.csv"), "--previous", Path.Combine(Root, "march"));

        Assert.True(code == 0, error);
        Assert.Contains("3 of 5 (60%) people on the roster", output, StringComparison.Ordinal);
        Assert.Empty(CsvFile.Read(Path.Combine(Root, "april/to-check.csv")));
        Assert.Equal(["Chris Jones", "Pat Visitor"], CsvFile.Read(Path.Combine(Root, "april/not-on-roster.csv")).Select(r => r["name"]).Order());
        var page = Html("april/report.html");
        Assert.Equal("Was 1 of 5 (20%) on 31 March 2027: up 40 points.", page.QuerySelector(".headline .change")!.TextContent);
        var health = Table(page, "organisations-table").QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Westside", StringComparison.Ordinal));
        Assert.Equal(["Health", "Westside Health Centre", "2", "1", "1 of 2 (50%)", "0 of 2 (0%)", "+50"], health.Children.Select(c => c.TextContent));
    }

    [Fact]
    public void Headlines_carry_a_status_in_words_and_the_tables_are_grouped_by_sector()
    {
        Report("report");

        var page = Html("report/report.html");
        Assert.Equal(["Red: action needed", "Red: action needed", "Red: action needed"], page.QuerySelectorAll(".headline .rag__status").Select(s => s.TextContent));
        Assert.Equal(["Education", "Health"], CsvFile.Read(Path.Combine(Root, "report/summary.csv")).Select(r => r["sector"]).Where(s => s.Length > 0).Distinct());
        Assert.Equal(["Education", "Health"], Table(page, "sectors-table").QuerySelectorAll("tbody th").Select(th => th.TextContent));
        var missed = Table(page, "missed-1-table").QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Should you be worried?", StringComparison.Ordinal));
        Assert.Equal("Jay, 14, has a new phone and an older 'boyfriend'.", missed.Children[1].TextContent);
        var module = Table(page, "modules-table").QuerySelector("tbody tr")!.Children.Select(c => c.TextContent).ToList();
        Assert.Equal(["3", "3", "100", "2", "67", "4"], module.Skip(2).Take(6)); // Jo, Alex and Pat; Alex needed two attempts
    }

    [Fact]
    public void The_workbook_holds_the_same_tables_with_numbers_as_numbers()
    {
        Report("report");
        var workbook = Path.Combine(Root, "report/report.xlsx");

        Assert.Equal(ReportWorkbook.Sheets, MiniExcel.GetSheetNames(workbook));
        var headline = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Headline").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(("Trained to their level and in date", 1.0, 5.0, 20.0, "Red: action needed"),
            ((string)headline[0]["Measure"], Convert.ToDouble(headline[0]["People"]), Convert.ToDouble(headline[0]["Of"]), Convert.ToDouble(headline[0]["Percent"]), (string)headline[0]["Status"]));
        var chase = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "To chase").Cast<IDictionary<string, object>>().Select(r => (string)r["Name"]);
        Assert.Equal(CsvFile.Read(Path.Combine(Root, "report/to-chase.csv")).Select(r => r["name"]), chase);
    }

    [Fact]
    public void A_rejected_record_and_roster_row_name_the_person_as_far_as_they_can_be_read()
    {
        var broken = RecordFactory.Make(SampleModule.Level1, "Dana Edit", "Northfield Primary School", "Teacher", "NPS-0800", null, At(2027, 1, 1));
        broken["completedOn"] = "2027-01-20";
        Save("edited", broken);
        _site.Write("staff.csv", RosterCsv + "NPS-0900,,Fin Short,Northfield Primary School,,level-1,Education,\n");

        Report("report");

        var rejected = CsvFile.Read(Path.Combine(Root, "report/rejected.csv"));
        Assert.Equal(("Dana Edit", "Northfield Primary School", "NPS-0800"),
            (rejected[0]["name"], rejected[0]["organisation"], rejected[0]["staff_id"]));
        Assert.Equal(("Fin Short", "NPS-0900", "7"), (rejected[1]["name"], rejected[1]["staff_id"], rejected[1]["row"]));
    }

    private void Save(string name, JsonObject record)
    {
        _ids[name] = record["recordId"]!.GetValue<string>();
        RecordFactory.Save(record, Path.Combine(Root, "records", name + ".json"));
    }

    /// <summary>The table a caption id names (each table's caption carries its id).</summary>
    private static AngleSharp.Dom.IElement Table(IHtmlDocument page, string captionId) => page.GetElementById(captionId)!.ParentElement!;

    private IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Root, path)));

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);
}

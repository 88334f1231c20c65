using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>
/// A practitioner who needs level 2 but has only passed level 1: their level 1 module is in date,
/// yet they are not trained to their level. completions.csv, summary.csv and the board's report
/// must all say so, without contradicting each other.
/// </summary>
public sealed class RequiredLevelTests : IDisposable
{
    private const string Roster = """
        staff_id,email,name,organisation,role,required_level
        CSC-1,,Jo Okafor,Children's social care,Social worker,level-2
        CSC-2,,Sam Patel,Children's social care,Administrator,level-1
        CSC-3,,Kim Oduya,Children's social care,Social worker,level-2

        """;

    private readonly TestSite _site = new();

    public RequiredLevelTests()
    {
        _site.Write("site.yaml", TestSite.SiteYaml + CompletionsScenario.Training);
        AnswerKeyFiles.Write(Path.Combine(_site.Root, "completion-keys"), SampleModule.Level1);
        AnswerKeyFiles.Write(Path.Combine(_site.Root, "completion-keys"), SampleModule.Level2);
        _site.Write("staff.csv", Roster);
        var passed = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var (name, id) in new[] { ("Jo Okafor", "CSC-1"), ("Sam Patel", "CSC-2") })
        {
            RecordFactory.Save(RecordFactory.Make(SampleModule.Level1, name, "Children's social care", "Staff", id, null, passed),
                Path.Combine(Records, id + ".json"));
        }

        Result = CompletionsScenario.Run("completions", "report", Records, "--roster", Path.Combine(_site.Root, "staff.csv"),
            "--as-of", "2026-11-21", "--config", Path.Combine(_site.Root, "site.yaml"), "--out", Out);
    }

    private string Records => Path.Combine(_site.Root, "records");

    private string Out => Path.Combine(_site.Root, "report");

    private (int Code, string Output, string Error) Result { get; }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_lower_level_pass_is_in_date_for_its_module_but_does_not_meet_the_level_the_person_needs()
    {
        Assert.True(Result.Code == 0, Result.Error);
        var rows = CsvFile.Read(Path.Combine(Out, "completions.csv"));

        var jo = Assert.Single(rows, r => r["name"] == "Jo Okafor");
        Assert.Equal(("Level 2: practitioners", "Level 1: awareness", "in date", "no"),
            (jo["level_required"], jo["level_achieved"], jo["status"], jo["meets_required_level"]));
        var sam = Assert.Single(rows, r => r["name"] == "Sam Patel");
        Assert.Equal(("in date", "yes"), (sam["status"], sam["meets_required_level"]));
        var kim = Assert.Single(rows, r => r["name"] == "Kim Oduya");
        Assert.Equal(("never", "no"), (kim["status"], kim["meets_required_level"]));

        // The summary agrees: both social workers are counted as not trained to their level.
        var social = Assert.Single(CsvFile.Read(Path.Combine(Out, "summary.csv")), r => r["role"] == "Social worker");
        Assert.Equal(("2", "0", "2"), (social["people"], social["in_date"], social["never"]));
    }

    [Fact]
    public void The_boards_headline_says_how_many_not_yet_trained_to_their_level_have_passed_a_lower_level()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Out, "report.html")));

        Assert.Equal("Of the 3 people on the roster:", page.QuerySelector("#headline + p")!.TextContent);
        Assert.Equal(
        [
            "1 of 3 (33%) is trained to the level their role needs and in date. Red: action needed",
            "0 of 3 (0%) are trained to their level, but their refresher is overdue. Green: on track",
            "2 of 3 (67%) are not yet trained to their level, of whom 1 has passed a lower level. Red: action needed",
        ], page.QuerySelectorAll(".headline li").Select(li => li.TextContent));
    }
}

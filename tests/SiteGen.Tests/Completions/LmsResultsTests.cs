using SiteGen.Completions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>The other shapes a platform's SCORM report comes in: comma-separated, names split, no SCO column.</summary>
public sealed class LmsResultsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "sitegen-lms-" + Guid.NewGuid().ToString("N")[..8] + ".csv");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void A_comma_separated_report_with_split_names_is_scored_against_the_modules_pass_mark()
    {
        File.WriteAllText(_file, """
            First name,Last name,ID number,Attempt,Started on,Last accessed on,Score
            Sam,Patel,NPS-0142,1,2026-10-05 09:15,2026-10-05 09:50,79
            Sam,Patel,NPS-0142,2,2026-10-06 09:15,2026-10-06 09:50,80
            Jo,Okafor,,1,2026-10-06 09:15,2026-10-06 08:50,95
            Ali,Khan,K-1,1,"Monday, 5 October 2026, 9:15 AM","Monday, 5 October 2026, 9:50 AM",180

            """);

        var batch = LmsResults.Read(_file, "moodle.csv", Key(), "Site");

        Assert.Equal(4, batch.Rows);
        Assert.Equal([false, true], batch.Accepted.Select(r => r.Passed));
        Assert.All(batch.Accepted, r => Assert.Equal("Sam Patel", r.Record.Learner.Name));
        Assert.Equal(new DateOnly(2026, 10, 6), batch.Accepted[1].Record.CompletedOn);
        Assert.Collection(batch.Rejected,
            jo => Assert.Contains("row 4 was last accessed before it started", jo.Reason, StringComparison.Ordinal),
            ali => Assert.Contains("row 5: the score is not a number from 0 to 100", ali.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_without_the_columns_it_needs_is_rejected_with_what_its_header_has()
    {
        File.WriteAllText(_file, "User,Grade\nSam Patel,90\n");

        var batch = LmsResults.Read(_file, "moodle.csv", Key(), "Site");

        var rejection = Assert.Single(batch.Rejected);
        Assert.Equal(1, rejection.Row);
        Assert.Contains("no Attempt, Started on, Last accessed on column (the header row has: User, Grade)", rejection.Reason, StringComparison.Ordinal);
        Assert.Empty(batch.Accepted);
    }

    private static ModuleKey Key()
    {
        var keys = Path.Combine(RepoPaths.Root, "completion-keys");
        var key = new ModuleKeyStore(keys, "completion-keys").Newest("level-1", out var problem);
        Assert.True(key is not null, problem?.Text);
        Assert.Equal(80, key.Module.PassMark);
        return key;
    }
}

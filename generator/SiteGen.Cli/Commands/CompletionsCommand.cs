using System.CommandLine;
using System.Globalization;
using SiteGen.Completions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen completions report &lt;files or folders&gt;… --out &lt;dir&gt;</c>: checks learners'
/// completion records against the site's answer keys and writes the training lead's CSV files
/// and the board's report. A bad record never stops the others; it is listed with its reasons.
/// </summary>
internal static class CompletionsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var inputs = new Argument<string[]>("records")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Completion record files, or folders (searched with their subfolders for *.json).",
        };
        var lms = new Option<string[]>("--lms-results")
        {
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            Description = "An LMS's SCORM report for a module, as module-id=file (Moodle's SCORM Basic report, downloaded as text or CSV). Repeat for each module.",
        };
        var roster = new Option<FileInfo?>("--roster") { Description = "A staff list (CSV): staff_id, email, name, organisation, role, required_level." };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "The date passes are in date or overdue at, as YYYY-MM-DD (default: today).",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                result.AddError($"--as-of takes a date as YYYY-MM-DD, such as 2026-11-21, not '{text}'.");
                return null;
            },
        };
        var keys = new Option<DirectoryInfo?>("--keys") { Description = "The answer keys folder (default: completion-keys beside site.yaml)." };
        var accept = new Option<FileInfo?>("--accept")
        {
            Description = "The training lead's decisions on records held for checking (CSV: record_id, decision: same person, different person or time ok).",
        };
        var previous = new Option<DirectoryInfo?>("--previous") { Description = "The folder of an earlier report, to show the change since." };
        var dueWithin = new Option<int>("--due-within")
        {
            Description = "Months ahead in which a refresher falling due puts someone on the list to chase (default 3).",
            DefaultValueFactory = _ => 3,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 0 and <= 60)
                {
                    return months;
                }

                result.AddError($"--due-within takes a number of months from 0 to 60, not '{text}'.");
                return 3;
            },
        };
        var outFolder = new Option<DirectoryInfo>("--out") { Required = true, Description = "The folder to write completions.csv, summary.csv, rejected.csv and report.html to." };

        var report = new Command("report", "Check completion records and write the training lead's CSV files and the board's report.")
        {
            inputs, roster, asOf, keys, config, outFolder, accept, previous, dueWithin, lms,
        };
        report.SetAction(parsed => Run(new Request(
            parsed.GetValue(inputs)!, parsed.GetValue(roster), parsed.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Today),
            parsed.GetValue(keys), parsed.GetValue(config)!, parsed.GetValue(outFolder)!)
        {
            Accept = parsed.GetValue(accept),
            Previous = parsed.GetValue(previous),
            DueWithinMonths = parsed.GetValue(dueWithin),
            LmsResults = parsed.GetValue(lms) ?? [],
        }, output, error));
        return new Command("completions", "Learners' training completion records.") { report };
    }

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        var usage = new List<string>();
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigLoader.Load(request.Config.FullName, Shown(request.Config.FullName), diagnostics);
        if (site is null || diagnostics.HasErrors)
        {
            foreach (var diagnostic in diagnostics.Items)
            {
                error.WriteLine(diagnostic.ToString());
            }

            usage.Add($"{Shown(request.Config.FullName)} could not be read, and the report needs its training levels; fix it, or pass --config with the site's site.yaml.");
        }

        var keysFolder = request.Keys?.FullName ?? Path.Combine(request.Config.DirectoryName!, "completion-keys");
        var outFolder = request.Out.FullName;
        var files = RecordFiles.Find(request.Inputs, [keysFolder, outFolder, .. request.Previous is { } earlierReport ? [earlierReport.FullName] : Array.Empty<string>()], usage);
        if (request.Inputs.Length == 0 && request.LmsResults.Count == 0)
        {
            usage.Add("name the completion records to read (files or folders), or an LMS's results with --lms-results module-id=file, or both.");
        }

        var lmsFiles = LmsFiles(request.LmsResults, usage);
        if (request.Roster is { Exists: false } missingRoster)
        {
            usage.Add($"the roster {missingRoster} does not exist.");
        }

        if (request.Accept is { Exists: false } missingDecisions)
        {
            usage.Add($"the decisions file {missingDecisions} does not exist.");
        }

        ReportSnapshot? previous = null;
        if (request.Previous is { } earlier && ReportSnapshot.Read(earlier.FullName, out var notPrevious) is not { } read)
        {
            usage.Add(notPrevious!);
        }
        else
        {
            previous = request.Previous is null ? null : ReportSnapshot.Read(request.Previous.FullName, out _);
        }

        if (usage.Count > 0)
        {
            foreach (var problem in usage)
            {
                error.WriteLine($"sitegen completions report: {problem}");
            }

            return SiteGenCommand.UsageError;
        }

        var levels = new TrainingLevels(site!.Training.Levels);
        var store = new ModuleKeyStore(keysFolder, Shown(keysFolder));
        if (!store.Exists)
        {
            error.WriteLine($"sitegen completions report: there is no answer keys folder at {store.DisplayFolder}, so no record can be checked. Build the site there first, or pass --keys.");
        }

        Roster? staff = null;
        var decisions = Settlements.None;
        try
        {
            staff = request.Roster is { } rosterFile ? Roster.Read(rosterFile.FullName, rosterFile.ToString(), levels) : null;
            decisions = request.Accept is { } acceptFile ? Settlements.Read(acceptFile.FullName, acceptFile.ToString()) : Settlements.None;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvFormatException)
        {
            error.WriteLine($"sitegen completions report: the roster or decisions file cannot be read: {e.Message}");
            return SiteGenCommand.UsageError;
        }

        var records = RecordBatch.Read(files, new CompletionRecordReader(store, levels));
        var lmsBatches = new List<(LmsFile File, LmsResults.Batch Batch)>();
        foreach (var lmsFile in lmsFiles)
        {
            if (store.Newest(lmsFile.Module, out var problem) is not { } key)
            {
                error.WriteLine($"sitegen completions report: --lms-results {lmsFile.Module}={lmsFile.Shown}: {problem!.Text}.");
                return SiteGenCommand.UsageError;
            }

            try
            {
                var batch = LmsResults.Read(lmsFile.Path, lmsFile.Shown, key, site.Title);
                lmsBatches.Add((lmsFile, batch));
                records = records.With(batch.Accepted, batch.Rejected);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelper.CsvFormatException)
            {
                error.WriteLine($"sitegen completions report: the LMS results {lmsFile.Shown} cannot be read: {e.Message}");
                return SiteGenCommand.UsageError;
            }
        }

        var settings = new ReportSettings(site.Title, site.Partnership.Name, site.Language, levels, site.Training.RefresherMonths, request.AsOf)
        {
            DueWithinMonths = request.DueWithinMonths,
        };
        var completions = CompletionReport.Create(settings, records, staff, decisions, previous);
        try
        {
            ReportFiles.Write(completions, outFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"sitegen completions report: could not write to {request.Out}: {e.Message}");
            return SiteGenCommand.ContentErrors;
        }

        foreach (var (lmsFile, batch) in lmsBatches)
        {
            output.WriteLine($"Read LMS results {lmsFile.Shown} for module '{lmsFile.Module}': {Count(batch.Rows, "row", "rows")}, {batch.Accepted.Count} finished attempts counted, " +
                $"{batch.Rejected.Count} rejected, {batch.NotFinished} not finished.");
        }

        Print(completions, request, output, error);
        return completions.Rejections.Count == 0 && completions.ToCheck.Count == 0 ? SiteGenCommand.Success : SiteGenCommand.ContentErrors;
    }

    private static void Print(CompletionReport report, Request request, TextWriter output, TextWriter error)
    {
        foreach (var rejection in report.Rejections)
        {
            foreach (var problem in rejection.Problems)
            {
                error.WriteLine($"{rejection.File}: {problem.Text}");
            }
        }

        var records = report.Records;
        if (request.Inputs.Length > 0)
        {
            // The LMS's rows were counted on their own lines above.
            var accepted = records.Accepted.Count(r => !LmsResults.IsFromPlatform(r.Record.RecordId));
            var rejectedFiles = records.Rejected.Count(r => !LmsResults.IsFromPlatform(r.RecordId));
            output.WriteLine($"Read {Count(records.FilesRead, "record file", "record files")}: {accepted} accepted, {rejectedFiles} rejected.");
        }
        var all = report.All;
        if (report.Roster is { } roster)
        {
            output.WriteLine($"Roster {roster.File}: {Count(roster.Members.Count, "person", "people")}, {Count(roster.Rejected.Count, "row", "rows")} rejected.");
            output.WriteLine($"Trained to their level and in date on {request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {all.OfPeople(all.InDate)} people on the roster.");
        }
        else
        {
            output.WriteLine($"No roster: {all.People} people found in records; {all.OfPeople(all.InDate)} have a pass in date on {request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        if (report.ToCheck.Count > 0)
        {
            error.WriteLine($"{Count(report.ToCheck.Count, "record is", "records are")} held back for checking and not counted; to-check.csv has each one beside the roster row it matched. " +
                "Fix: settle each with a decisions file (record_id, decision: same person, different person or time ok) and run again with --accept.");
        }

        if (report.NotOnRoster.Count > 0)
        {
            output.WriteLine($"Not on the roster: {Count(report.NotOnRoster.Select(r => (r.Name, r.Organisation)).Distinct().Count(), "person", "people")} with records (not-on-roster.csv).");
        }

        output.WriteLine($"To chase: {Count(report.Chase.Count, "person", "people")} (to-chase.csv).");
        output.WriteLine($"Wrote {string.Join(", ", ReportFiles.Names)} to {request.Out}.");
        if (report.RejectedSummary is { } rejected)
        {
            error.WriteLine($"{rejected.Subject} {(rejected.One ? "was" : "were")} rejected and not counted; rejected.csv lists every reason. " +
                "Fix: ask the learner to download a damaged or edited record again from the certificate page; correct or remove an LMS row named; for an unknown module or version, " +
                "check that --keys names this site's completion-keys folder; complete or correct the roster rows named.");
        }
    }

    // Each --lms-results value: module-id=file, the file there.
    private static List<LmsFile> LmsFiles(IReadOnlyList<string> values, List<string> usage)
    {
        var found = new List<LmsFile>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                usage.Add($"--lms-results takes module-id=file, such as level-1=moodle-level-1.csv, not '{value}'.");
                continue;
            }

            var (module, file) = (value[..equals].Trim(), value[(equals + 1)..].Trim());
            if (!File.Exists(file))
            {
                usage.Add($"the LMS results {file} (for module '{module}') do not exist.");
                continue;
            }

            found.Add(new LmsFile(module, Path.GetFullPath(file), file));
        }

        return found;
    }

    private sealed record LmsFile(string Module, string Path, string Shown);

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string Shown(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private sealed record Request(string[] Inputs, FileInfo? Roster, DateOnly AsOf, DirectoryInfo? Keys, FileInfo Config, DirectoryInfo Out)
    {
        public FileInfo? Accept { get; init; }

        public DirectoryInfo? Previous { get; init; }

        public int DueWithinMonths { get; init; } = 3;

        public IReadOnlyList<string> LmsResults { get; init; } = [];
    }
}

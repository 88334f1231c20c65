namespace SiteGen.Completions;

/// <summary>
/// Checks a record against the answer key of the module version it names: every attempt is
/// re-scored and must state what its answers earn; the record's overall result must be that of
/// its latest passing attempt; its module details and pass mark must be the key's, and its
/// level one of site.yaml's. This is what makes a hand-edited record with a recomputed checksum
/// fail (docs/completion-record.md, "What it does not do").
/// </summary>
public static class RecordVerifier
{
    /// <summary>The attempts re-scored; every disagreement is added to <paramref name="problems"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="key">The answer key of its module version.</param>
    /// <param name="levels">site.yaml's training levels.</param>
    /// <param name="problems">Where reasons go.</param>
    public static IReadOnlyList<ScoredAttempt> Verify(CompletionRecord record, ModuleKey key, TrainingLevels levels, List<Problem> problems)
    {
        CheckModule(record, key, levels, problems);
        var scored = record.Attempts.Select(a => Rescore(a, key, problems)).ToList();
        foreach (var attempt in scored)
        {
            Compare(attempt.Attempt.Result, attempt.Rescored, overall: false, $"attempt {attempt.Attempt.Number}", key, problems);
        }

        // The overall result is that of the latest passing attempt, or of the latest attempt when none passed.
        var reference = scored.LastOrDefault(a => a.Rescored.Passed) ?? scored[^1];
        var which = reference.Rescored.Passed ? "the latest passing attempt" : "the latest attempt (none passed)";
        Compare(record.Result, reference.Rescored, overall: true, $"attempt {reference.Attempt.Number}, {which}", key, problems);
        CheckDates(record, reference, problems);
        return scored;
    }

    private static ScoredAttempt Rescore(Attempt attempt, ModuleKey key, List<Problem> problems)
    {
        var marks = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (id, chosen) in attempt.Answers)
        {
            var question = key.Question(id);
            if (question is null)
            {
                problems.Add(new Problem(ProblemKind.KeyMismatch,
                    $"attempt {attempt.Number} answers question '{id}', which is not in the answer key of version {key.Module.Version}"));
                marks[id] = false;
                continue;
            }

            foreach (var option in chosen.Where(o => !question.Options.Any(known => known.Id == o)))
            {
                problems.Add(new Problem(ProblemKind.KeyMismatch, $"attempt {attempt.Number} chooses '{option}' for question '{id}', which has no such option"));
            }

            marks[id] = question.IsRight(chosen);
        }

        var score = marks.Values.Count(right => right);
        var total = marks.Count;
        var percent = total == 0 ? 0 : score * 100 / total; // rounded down, as the browser does
        return new ScoredAttempt(attempt, new QuizResult(score, total, percent, total > 0 && percent >= key.Module.PassMark), marks);
    }

    private static void Compare(QuizResult stated, QuizResult rescored, bool overall, string where, ModuleKey key, List<Problem> problems)
    {
        var statedWhat = overall ? "stated overall" : "stated";
        if (stated.Score != rescored.Score || stated.Total != rescored.Total)
        {
            problems.Add(new Problem(ProblemKind.Score, $"{statedWhat} score {stated.Score}/{stated.Total} does not match re-scored {rescored.Score}/{rescored.Total} in {where}"));
        }
        else if (stated.Percent != rescored.Percent)
        {
            problems.Add(new Problem(ProblemKind.Score, $"{statedWhat} percent {stated.Percent}% does not match re-scored {rescored.Percent}% in {where}"));
        }

        if (stated.Passed != rescored.Passed)
        {
            problems.Add(new Problem(ProblemKind.Score,
                $"{(overall ? "the record" : where)} is stated as {(stated.Passed ? "passed" : "not passed")}, but re-scored {rescored.Percent}% " +
                $"{(overall ? "in " + where + " " : "")}{(rescored.Passed ? "reaches" : "is below")} the pass mark of {key.Module.PassMark}%"));
        }
    }

    private static void CheckModule(CompletionRecord record, ModuleKey key, TrainingLevels levels, List<Problem> problems)
    {
        void Same(string field, string stated, string expected)
        {
            if (!string.Equals(stated, expected, StringComparison.Ordinal))
            {
                problems.Add(new Problem(ProblemKind.KeyMismatch, $"{field} '{stated}' does not match the answer key's '{expected}'"));
            }
        }

        Same("module.level", record.Module.Level, key.Module.Level);
        Same("module.quizId", record.Module.QuizId, key.Module.QuizId);
        Same("module.quizVersion", record.Module.QuizVersion, key.Module.QuizVersion);
        if (record.PassMark != key.Module.PassMark)
        {
            problems.Add(new Problem(ProblemKind.KeyMismatch, $"passMark {record.PassMark} does not match the answer key's pass mark {key.Module.PassMark}"));
        }

        if (levels.Rank(record.Module.Level) < 0)
        {
            problems.Add(new Problem(ProblemKind.UnknownLevel,
                $"module.level '{record.Module.Level}' is not one of site.yaml's training.levels ({levels.Describe()})"));
        }

        var confidence = key.Confidence.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in record.ConfidenceBefore.Keys.Concat(record.ConfidenceAfter.Keys).Distinct().Where(id => !confidence.Contains(id)))
        {
            problems.Add(new Problem(ProblemKind.KeyMismatch, $"confidence question '{id}' is not in the answer key of version {key.Module.Version}"));
        }
    }

    private static void CheckDates(CompletionRecord record, ScoredAttempt reference, List<Problem> problems)
    {
        if (record.Result.Passed && reference.Rescored.Passed && record.Completed != reference.Attempt.Completed)
        {
            problems.Add(new Problem(ProblemKind.Dates,
                $"completed ({record.Completed:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}) is not when attempt {reference.Attempt.Number}, the latest passing attempt, was checked ({reference.Attempt.Completed:yyyy-MM-dd'T'HH:mm:ss.fff'Z'})"));
        }

        // completedOn is the learner's local date of `completed`: time zones put it at most a day either side.
        var utcDate = DateOnly.FromDateTime(record.Completed.UtcDateTime);
        if (Math.Abs(record.CompletedOn.DayNumber - utcDate.DayNumber) > 1)
        {
            problems.Add(new Problem(ProblemKind.Dates,
                $"completedOn {record.CompletedOn:yyyy-MM-dd} is not the date of completed ({utcDate:yyyy-MM-dd} in UTC) in any time zone"));
        }
    }
}

namespace SiteGen.Completions;

/// <summary>The per-module figures of the board's report, from accepted records.</summary>
internal static class ModuleSummaries
{
    private const int MostMissed = 10;

    public static IEnumerable<ModuleSummary> Create(IReadOnlyList<Person> people, IReadOnlyList<AcceptedRecord> records, TrainingLevels levels)
    {
        foreach (var module in records.GroupBy(r => r.Record.Module.Id).OrderBy(g => levels.Rank(g.First().Key.Module.Level)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            // Oldest key first, so a newer key's wording wins.
            var keys = module.OrderBy(r => r.Record.Completed).Select(r => r.Key).DistinctBy(k => k.Module.Version).ToList();
            var newest = keys[^1];
            var learners = people
                .Select(p => p.Records.Where(r => r.Record.Module.Id == module.Key).ToList())
                .Where(own => own.Count > 0)
                .ToList();
            var firstPasses = learners.Count(own => own.OrderBy(r => r.Record.Started).ThenBy(r => r.File, StringComparer.Ordinal).First().First.Rescored.Passed);
            var shown = learners.Select(CompletionReport.Chosen).ToList();

            var minutes = shown.Select(r => ReadingTime.Of(r).SecondsTaken).Order().ToList();
            yield return new ModuleSummary(module.Key, newest.Module.Title, levels.NameOf(newest.Module.Level), learners.Count,
                learners.Count(own => own.Any(r => r.Passed)), firstPasses, Confidence(keys, shown), Misses(keys, module))
            {
                Attempts = shown.Sum(r => r.Attempts.Count),
                MedianMinutes = minutes.Count == 0 ? null : (int)Math.Round(minutes[minutes.Count / 2] / 60.0, MidpointRounding.AwayFromZero),
                EstimatedMinutes = ReadingTime.Of(shown.OrderBy(r => r.Record.Completed).Last()).MinutesEstimated,
            };
        }
    }

    private static List<ConfidenceChange> Confidence(List<ModuleKey> keys, List<AcceptedRecord> shown)
    {
        var questions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in keys.SelectMany(k => k.Confidence))
        {
            questions[question.Id] = question.Question;
        }

        var changes = new List<ConfidenceChange>();
        foreach (var (id, text) in questions)
        {
            // Only learners who answered both, so the change is theirs and not a change of who answered.
            var pairs = shown
                .Where(r => r.Record.ConfidenceBefore.ContainsKey(id) && r.Record.ConfidenceAfter.ContainsKey(id))
                .Select(r => (Before: r.Record.ConfidenceBefore[id], After: r.Record.ConfidenceAfter[id]))
                .ToList();
            if (pairs.Count > 0)
            {
                changes.Add(new ConfidenceChange(id, text, pairs.Count, pairs.Average(p => p.Before), pairs.Average(p => p.After)));
            }
        }

        return changes;
    }

    private static List<QuestionMisses> Misses(List<ModuleKey> keys, IEnumerable<AcceptedRecord> records)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var scenarioOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var scenarios = key.Scenarios?.ToDictionary(s => s.Id, s => s.Text, StringComparer.Ordinal) ?? [];
            foreach (var question in key.Questions)
            {
                texts[question.Id] = question.Question;
                if (question.Scenario is { } scenario)
                {
                    scenarioOf[question.Id] = scenarios.GetValueOrDefault(scenario, scenarioOf.GetValueOrDefault(question.Id, scenario)).Trim();
                }
            }
        }

        return [.. records
            .SelectMany(r => r.Attempts)
            .SelectMany(a => a.Marks)
            .GroupBy(mark => mark.Key, StringComparer.Ordinal)
            .Select(g => new QuestionMisses(g.Key, texts.GetValueOrDefault(g.Key, g.Key), g.Count(), g.Count(mark => !mark.Value), scenarioOf.GetValueOrDefault(g.Key)))
            .Where(q => q.Wrong > 0)
            .OrderByDescending(q => q.Wrong).ThenByDescending(q => q.PercentWrong).ThenBy(q => q.Id, StringComparer.Ordinal)
            .Take(MostMissed)];
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Completions;

// How long the report spends on each record before the answer key: the schema, then the checksum
// (RFC 8785 canonical form and SHA-256). Prints medians, never asserts: speed is a figure to watch.
var count = Argument("--records", 10_000);
var runs = Argument("--runs", 5);
var random = new Random(42);
var valid = Enumerable.Range(0, count).Select(i => Record(i, random)).ToList();
var invalid = valid.Select((record, i) => Break(record.DeepClone().AsObject(), i)).ToList();
using var validDocuments = new Documents(valid);
using var invalidDocuments = new Documents(invalid);

var first = Time(() => RecordSchema.Schema.Validate(validDocuments.Roots[0]));
var errors = invalidDocuments.Roots.Sum(r => RecordSchema.Schema.Validate(r).Count);
if (validDocuments.Roots.Any(r => RecordSchema.Schema.Validate(r).Count > 0))
{
    throw new InvalidOperationException("a generated record the benchmark calls valid breaks the schema");
}

var schemaValid = Median(runs, () => validDocuments.Roots.ForEach(r => RecordSchema.Schema.Validate(r)));
var schemaInvalid = Median(runs, () => invalidDocuments.Roots.ForEach(r => RecordSchema.Schema.Validate(r)));
var checksum = Median(runs, () => validDocuments.Roots.ForEach(r => RecordChecksum.Compute(r)));

Console.WriteLine($"{count} generated records, {runs} runs each, median ({RuntimeInformationText()}).");
Console.WriteLine($"| measure | time | per record |");
Console.WriteLine("| --- | --- | --- |");
Console.WriteLine($"| schema: load and first record | {Ms(first)} | |");
Console.WriteLine($"| schema: {count} valid records | {Ms(schemaValid)} | {Us(schemaValid / count)} |");
Console.WriteLine($"| schema: {count} invalid records ({errors} errors) | {Ms(schemaInvalid)} | {Us(schemaInvalid / count)} |");
Console.WriteLine($"| checksum: {count} valid records | {Ms(checksum)} | {Us(checksum / count)} |");
return 0;

// A record shaped as the browser writes one; the schema is all it has to satisfy.
static JsonObject Record(int i, Random random)
{
    string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[random.Next(16)]));
    var attempts = new JsonArray();
    var tries = 1 + (i % 3);
    for (var n = 1; n <= tries; n++)
    {
        var answers = new JsonObject();
        for (var q = 1; q <= 10; q++)
        {
            answers[$"question-{q}"] = q % 4 == 0 ? new JsonArray("option-a", "option-c") : new JsonArray($"option-{"abcd"[random.Next(4)]}");
        }

        attempts.Add(new JsonObject
        {
            ["number"] = n,
            ["started"] = $"2026-11-{10 + n:00}T09:0{n}:00.000Z",
            ["completed"] = $"2026-11-{10 + n:00}T09:1{n}:30.125Z",
            ["answers"] = answers,
            ["score"] = n == tries ? 9 : 5,
            ["total"] = 10,
            ["percent"] = n == tries ? 90 : 50,
            ["passed"] = n == tries,
        });
    }

    return new JsonObject
    {
        ["format"] = "sitegen-completion-record",
        ["formatVersion"] = 1,
        ["recordId"] = $"{Hex(8)}-{Hex(4)}-4{Hex(3)}-a{Hex(3)}-{Hex(12)}",
        ["learner"] = new JsonObject
        {
            ["name"] = $"Learner Number {i}",
            ["organisation"] = $"Organisation {i % 40}",
            ["role"] = "Teaching assistant",
            ["staffId"] = i % 2 == 0 ? $"NPS-{i:0000}" : null,
            ["email"] = i % 2 == 1 ? $"learner.{i}@example.org" : null,
        },
        ["module"] = new JsonObject
        {
            ["id"] = "level-1",
            ["title"] = "Level 1: CSE awareness for all staff",
            ["level"] = "level-1",
            ["levelName"] = "Level 1: awareness",
            ["version"] = Hex(16),
            ["quizId"] = "training-level-1",
            ["quizVersion"] = Hex(16),
        },
        ["site"] = new JsonObject { ["name"] = "CSE awareness", ["url"] = "https://cse.example.org/", ["partnership"] = "Testshire Safeguarding Children Partnership" },
        ["started"] = "2026-11-10T08:30:00.000Z",
        ["completed"] = $"2026-11-{10 + tries:00}T09:1{tries}:30.125Z",
        ["completedOn"] = $"2026-11-{10 + tries:00}",
        ["durationSeconds"] = 2_000 + i,
        ["pages"] = new JsonArray([.. Enumerable.Range(1, 6).Select(p => (JsonNode)new JsonObject { ["path"] = $"training/level-1/page-{p}/", ["seconds"] = 60 + p })]),
        ["passMark"] = 80,
        ["score"] = 9,
        ["total"] = 10,
        ["percent"] = 90,
        ["passed"] = true,
        ["attempts"] = attempts,
        ["confidence"] = new JsonObject { ["before"] = new JsonObject { ["spot-signs"] = 2 }, ["after"] = new JsonObject { ["spot-signs"] = 4 } },
        ["checksum"] = "sha256:" + Hex(64),
    };
}

// One or two of the mistakes a training lead meets: a missing field, a wrong type, a bad pattern, an extra field, a repeated answer.
static JsonObject Break(JsonObject record, int i)
{
    switch (i % 5)
    {
        case 0: record["learner"]!.AsObject().Remove("role"); break;
        case 1: record["learner"]!["staffId"] = 142; break;
        case 2: record["learner"]!["email"] = "learner at example.org"; record["completedOn"] = "21/11/2026"; break;
        case 3: record["learner"]!["phone"] = "0300 555 0199"; break;
        default: record["attempts"]![0]!["answers"]!["question-1"] = new JsonArray("option-a", "option-a"); break;
    }

    return record;
}

static int Argument(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalMilliseconds;
}

static double Median(int runs, Action action)
{
    var times = Enumerable.Range(0, runs).Select(_ => Time(action)).Order().ToList();
    return times[times.Count / 2];
}

static string Ms(double ms) => ms >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0} ms";

static string Us(double ms) => $"{ms * 1000:0.0} µs";

static string RuntimeInformationText() => $".NET {Environment.Version}, {Environment.ProcessorCount} cores";

/// <summary>The records parsed once, as the report parses each file, so only the checks are timed.</summary>
internal sealed class Documents : IDisposable
{
    private readonly List<JsonDocument> _documents;

    public Documents(IEnumerable<JsonObject> records)
    {
        _documents = [.. records.Select(r => JsonDocument.Parse(r.ToJsonString()))];
        Roots = [.. _documents.Select(d => d.RootElement)];
    }

    public List<JsonElement> Roots { get; }

    public void Dispose() => _documents.ForEach(d => d.Dispose());
}

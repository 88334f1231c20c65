using System.Diagnostics;

namespace SiteGen.Bench;

/// <summary>
/// How long an editor waits in <c>sitegen serve</c>: the command runs as its own process on a
/// corpus, an event stream is open as an open page has it, and for each kind of edit the time is
/// taken from saving the file to the reload event arriving (what the browser waits for before it
/// reloads). Includes serve's 250 ms wait for a burst of saves to end.
/// </summary>
internal static class ServeRebuild
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>Serves a corpus of <paramref name="pages"/> pages, makes the edits and writes their table.</summary>
    public static async Task Write(string folder, int pages, int edits, TextWriter output, TextWriter log)
    {
        var corpus = Corpus.Write(folder, pages, ["sitegen"]);
        ServeEdit.AddTemplateOverride(corpus.SiteGenRoot);
        var started = Stopwatch.StartNew();
        using var serve = ServeProcess.Start(corpus.SiteGenRoot);
        string address;
        try
        {
            address = await serve.Serving.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("sitegen serve did not start serving within 10 minutes:\n" + serve.Transcript());
        }

        var firstBuild = started.Elapsed;
        using var events = new ReloadEvents();
        await events.Open(new Uri(new Uri(address), "__sitegen/events"));

        var table = new MarkdownTable("edit", "save → reload event (median)", "fastest / slowest", "serve's own build time (median)", "edits");
        foreach (var kind in ServeEdit.Kinds(pages))
        {
            var waits = new List<TimeSpan>();
            var builds = new List<TimeSpan>();
            for (var n = 1; n <= edits; n++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(750)); // past serve's 250 ms debounce: nothing from the last save is still to come
                events.Drain();
                var before = serve.Builds;
                kind.Save(corpus.SiteGenRoot, n);
                var saved = Stopwatch.GetTimestamp();
                long reloaded;
                try
                {
                    reloaded = await events.Next(Patience);
                }
                catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
                {
                    throw new InvalidOperationException($"{ex.Message} ({kind.Name}, edit {n})\n{serve.Transcript()}", ex);
                }

                waits.Add(Stopwatch.GetElapsedTime(saved, reloaded));
                if (await serve.BuildAfter(before) is { } build)
                {
                    builds.Add(build);
                }
                log.WriteLine($"  serve, {kind.Name}, edit {n}: reload after {Format.Time(waits[^1])}");
            }

            waits.Sort();
            builds.Sort();
            table.Row(kind.Name, Format.Time(waits[waits.Count / 2]), $"{Format.Time(waits[0])} / {Format.Time(waits[^1])}", builds.Count > 0 ? Format.Time(builds[builds.Count / 2]) : "n/a", edits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        output.WriteLine($"sitegen serve on {Format.Count(corpus.MarkdownPages)} Markdown pages ({Format.Count(pages)} generated): first build and serving after {Format.Time(firstBuild)}.");
        output.WriteLine();
        table.WriteTo(output);
    }
}

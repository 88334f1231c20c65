using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// <c>sitegen serve</c> run as an editor runs it, as its own process in a copy of the example site:
/// it serves the pages, rebuilds and reloads open pages when a page is saved, keeps serving the
/// last good site after a bad save, and on Ctrl+C exits 0 and removes its temporary folder. A test
/// of the server class alone once passed while the command shut the server down as it started.
/// </summary>
public sealed class ServeProcessTests : IDisposable
{
    private const string Lesson = "content/lessons/11-14/healthy-friendships.md";
    private readonly ExampleSiteCopy _site = new();
    private readonly HttpClient _http = new() { Timeout = SiteGenProcess.Patience };
    private SiteGenProcess? _serve;
    private string? _folder;

    public void Dispose()
    {
        _serve?.Dispose(); // kills a server that a failed test left running
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        _http.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // as the packed tool ships: native on linux-x64
    public async Task Serves_rebuilds_on_save_keeps_the_last_good_site_after_an_error_and_stops_on_ctrl_c(bool shipped)
    {
        var (serve, address) = await StartServe(shipped);

        Assert.Equal(_site.Title("content/index.md"), await H1(address));
        var lesson = new Uri(address, "lessons/11-14/healthy-friendships/");
        Assert.Equal(_site.Title(Lesson), await H1(lesson));

        // An open page listens for reloads; the editor saves a change to the page.
        using var events = await EventStream.Open(_http, new Uri(address, "__sitegen/events"));
        var sentence = $"Saved while serving {Guid.NewGuid():N}.";
        File.AppendAllText(_site.PathOf(Lesson), $"\n{sentence}\n");
        await events.Expect("data: reload");
        Assert.Contains(sentence, await PollFor(lesson, sentence), StringComparison.Ordinal);

        // A bad save: the error is printed where the editor looks, and the last good site is still served.
        File.AppendAllText(_site.PathOf(Lesson), "\nCall {{contact:nobody}} today.\n");
        var line = Array.FindIndex(_site.Read(Lesson).Split('\n'), l => l.Contains("{{contact:nobody}}", StringComparison.Ordinal)) + 1;
        var error = await serve.ErrorLine(l => l.Contains("SG0401", StringComparison.Ordinal), "the bad page's error");
        Assert.StartsWith($"{Lesson}:{line}:6: error SG0401: Unknown contact 'nobody'", error, StringComparison.Ordinal);
        Assert.Contains(" Fix: ", error, StringComparison.Ordinal);
        await serve.ErrorLine(l => l == $"Still serving the last good build at {address}.", "that it still serves the last good build");
        Assert.DoesNotContain("output folder", serve.Error, StringComparison.Ordinal); // serve never writes output/
        var served = await _http.GetStringAsync(lesson);
        Assert.Contains(sentence, served, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody", served, StringComparison.Ordinal);

        await StopsWithCtrlC(serve);
    }

    [Fact]
    public async Task Files_deleted_and_half_written_while_it_rebuilds_never_stop_it()
    {
        var (serve, address) = await StartServe();
        const string other = "content/about-cse/boys-and-young-men.md";
        var whole = _site.Read(other);

        // An editor's tools at work: saves, a file deleted and written back a piece at a time,
        // each landing while the last save is still being rebuilt.
        for (var i = 0; i < 20; i++)
        {
            File.AppendAllText(_site.PathOf(Lesson), $"\nEdit {i}.\n");
            File.Delete(_site.PathOf(other));
            File.WriteAllText(_site.PathOf(other), whole[..(whole.Length * (i + 1) / 21)]);
        }

        File.WriteAllText(_site.PathOf(other), whole);
        var sentence = $"Saved after the storm {Guid.NewGuid():N}.";
        File.AppendAllText(_site.PathOf(Lesson), $"\n{sentence}\n");

        Assert.Contains(sentence, await PollFor(new Uri(address, "lessons/11-14/healthy-friendships/"), sentence), StringComparison.Ordinal);
        Assert.Equal(_site.Title(other), await H1(new Uri(address, "about-cse/boys-and-young-men/")));
        Assert.False(serve.HasExited, serve.Transcript());
        Assert.DoesNotContain("Unhandled exception", serve.Error, StringComparison.Ordinal);
        await StopsWithCtrlC(serve);
    }

    [Fact]
    public async Task A_translation_saved_while_serving_is_rebuilt_and_its_page_changing_says_the_translation_is_out_of_date()
    {
        var (serve, address) = await StartServe();
        const string urdu = "content/help/worried-about-my-child.ur.md";
        const string english = "content/help/worried-about-my-child.md";
        var page = new Uri(address, "ur/help/worried-about-my-child/");
        Assert.Equal(_site.Title(urdu), await H1(page));

        // The translator saves: the Urdu page is rebuilt, in Urdu.
        var sentence = $"ترجمہ محفوظ ہوا {Guid.NewGuid():N}۔";
        File.AppendAllText(_site.PathOf(urdu), $"\n{sentence}\n");
        Assert.Contains(sentence, await PollFor(page, sentence), StringComparison.Ordinal);

        // The English page changes: the translation is now out of date, said where the editor looks.
        File.AppendAllText(_site.PathOf(english), "\nA sentence the translation does not have yet.\n");
        var stale = await serve.ErrorLine(l => l.StartsWith($"{urdu}:", StringComparison.Ordinal) && l.Contains("SG0709", StringComparison.Ordinal), "that the Urdu translation is out of date");
        Assert.Contains($"{english} has changed since this", stale, StringComparison.Ordinal);
        Assert.Equal(_site.Title(urdu), await H1(page)); // and it is still served
        await StopsWithCtrlC(serve);
    }

    [Fact]
    public async Task A_theme_partial_saved_while_serving_rebuilds_only_the_pages_that_include_it()
    {
        // The site overrides the training module's progress partial (a new file builds the whole
        // site), and the author then edits it while serving.
        const string Partial = "themes/default/components/training-module/training-module.sbn-html";
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Themes, Partial["themes/".Length..]));
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(Partial))!);
        File.WriteAllText(_site.PathOf(Partial), builtIn);
        var (serve, address) = await StartServe();
        var modulePage = new Uri(address, "training/community-businesses/what-to-look-for/");
        var otherPage = new Uri(address, "lessons/11-14/healthy-friendships/");

        var marker = $"Saved in the theme {Guid.NewGuid():N}.";
        File.WriteAllText(_site.PathOf(Partial), builtIn + $"<p>{marker}</p>\n");

        Assert.Contains(marker, await PollFor(modulePage, marker), StringComparison.Ordinal);
        var rebuilt = await serve.OutputLine(l => l.StartsWith("Rebuilt the ", StringComparison.Ordinal), "how many pages the template edit rebuilt");
        var count = int.Parse(rebuilt.Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.True(count is > 0 and < 50, rebuilt); // the modules' pages, not the example's hundred
        Assert.Contains(" pages that use the changed templates in ", rebuilt, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, await _http.GetStringAsync(otherPage), StringComparison.Ordinal);
        await StopsWithCtrlC(serve);
    }

    [Fact]
    public async Task Ctrl_c_during_a_slow_rebuild_waits_for_it_then_exits_zero_and_removes_the_folder()
    {
        var (serve, _) = await StartServe();

        // A new page that is a named pipe: the rebuild it starts cannot finish reading it until the test writes it.
        var page = _site.PathOf("content/help/a-slow-page.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [page]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var opening = Task.Run(() => new FileStream(page, FileMode.Open, FileAccess.Write)); // opens once the build opens it to read
        try
        {
            await using var writer = await opening.WaitAsync(SiteGenProcess.Patience);
            serve.Interrupt();
            await serve.OutputLine(l => l == "Stopping once the build under way has finished.", "that it waits for the build");

            // Longer than the two seconds after which System.CommandLine gave up on Ctrl+C and exited 130.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(serve.HasExited, "serve exited while its build was still under way.\n" + serve.Transcript());
            await writer.WriteAsync(Encoding.UTF8.GetBytes(TestSite.Page("A slow page", "parents") + "## Where to get help\n\nCall {{contact:childline}}.\n"));
        }
        finally
        {
            if (!opening.IsCompleted)
            {
                using var release = new FileStream(page, FileMode.Open, FileAccess.Read); // a failed test must not leave a thread blocked on the pipe
                (await opening).Dispose();
            }
        }

        await StopsWithCtrlC(serve, interrupt: false);
    }

    /// <summary>Starts serve on a free port and waits for the address it prints.</summary>
    private async Task<(SiteGenProcess Serve, Uri Address)> StartServe(bool shipped = false)
    {
        var port = FreePort();
        string[] args = ["serve", "--port", port.ToString(CultureInfo.InvariantCulture)];
        var serve = _serve = shipped ? SiteGenProcess.StartShipped(_site.Root, args) : SiteGenProcess.Start(_site.Root, args);
        var serving = await serve.OutputLine(line => line.StartsWith("Serving ", StringComparison.Ordinal), "the address it serves at");
        Assert.StartsWith($"Serving http://127.0.0.1:{port}/ (only on this computer).", serving, StringComparison.Ordinal);
        _folder = PreviewFolder(serve.Output);
        Assert.True(Directory.Exists(_folder), $"{_folder} was printed as the preview's folder but does not exist.");
        return (serve, new Uri(serving.Split(' ')[1]));
    }

    /// <summary>Ctrl+C, as in a terminal: exit code 0, and the temporary folder gone.</summary>
    private async Task StopsWithCtrlC(SiteGenProcess serve, bool interrupt = true)
    {
        if (interrupt)
        {
            serve.Interrupt();
        }

        Assert.True(await serve.WaitForExitAsync() == 0, "Ctrl+C did not exit 0.\n" + serve.Transcript());
        Assert.Contains("Stopped. The preview's temporary folder is removed.", serve.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder), $"{_folder} was left behind.\n{serve.Transcript()}");
    }

    private static string PreviewFolder(string output)
    {
        const string Start = "Building a preview in ";
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Start, StringComparison.Ordinal));
        Assert.True(line is not null, "serve did not say where it builds the preview:\n" + output);
        return line[Start.Length..line.IndexOf(" (a temporary folder", StringComparison.Ordinal)];
    }

    private async Task<string> H1(Uri page)
    {
        using var response = await _http.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return Assert.Single(html.QuerySelectorAll("h1")).TextContent.Trim();
    }

    /// <summary>The page once it has the text; a reload is announced only after the rebuilt site is in place, so this rarely needs a second request.</summary>
    private async Task<string> PollFor(Uri page, string text)
    {
        var deadline = DateTime.UtcNow + SiteGenProcess.Patience;
        while (true)
        {
            var html = await _http.GetStringAsync(page);
            if (html.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return html;
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server-sent events a served page listens to for reloads, read line by line.</summary>
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public static async Task<EventStream> Open(HttpClient http, Uri url)
        {
            var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
            await stream.Expect(": connected");
            return stream;
        }

        public async Task Expect(string line)
        {
            using var timeout = new CancellationTokenSource(SiteGenProcess.Patience);
            try
            {
                while (await reader.ReadLineAsync(timeout.Token) is { } read)
                {
                    if (read == line)
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No '{line}' on the event stream within {SiteGenProcess.Patience.TotalSeconds}s.");
            }

            Assert.Fail($"The event stream ended before '{line}'.");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}

using System.Net;
using System.Net.Sockets;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

public sealed class DevServerTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Serves_the_site_under_its_base_path_and_rebuilds_when_a_page_changes()
    {
        var port = FreePort();
        using var output = new StringWriter();
        using var server = new DevServer(Path.Combine(_site.Root, "site.yaml"), port, output, output);
        Assert.True(server.Start(), output.ToString());
        var root = $"http://127.0.0.1:{port}";

        var page = await _http.GetStringAsync($"{root}/safeguarding/cse/help/");
        var redirect = await _http.GetAsync($"{root}/");
        var missing = await _http.GetAsync($"{root}/safeguarding/cse/no-such-page/");
        var withoutSlash = await _http.GetAsync($"{root}/safeguarding/cse/help");
        var secret = Path.Combine(Path.GetDirectoryName(server.Folder)!, $"sitegen-outside-{port}.txt"); // beside the served folder
        File.WriteAllText(secret, "not part of the site");
        var outside = await _http.GetAsync($"{root}/safeguarding/cse/..%2f{Path.GetFileName(secret)}");
        File.Delete(secret);
        _site.Write("content/help/index.md", TestSite.Page("Get help", "parents") + "Changed while serving.\n");
        var changed = await Poll($"{root}/safeguarding/cse/help/", "Changed while serving.");

        Assert.Contains("__sitegen/reload.js", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/safeguarding/cse/", redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("/safeguarding/cse/help/", withoutSlash.Headers.Location?.OriginalString); // so the page's relative links work
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(changed, "the page was not rebuilt after its file changed:\n" + output);
        Assert.False(Directory.Exists(_site.Output)); // serving never touches output/
    }

    [Fact]
    public async Task A_static_folder_made_while_serving_is_watched_and_published()
    {
        var port = FreePort();
        using var output = new StringWriter();
        using var server = new DevServer(Path.Combine(_site.Root, "site.yaml"), port, output, output);
        Assert.True(server.Start(), output.ToString());

        _site.Write("static/leaflet.txt", "A leaflet added while serving.");
        var first = await PollStatus($"http://127.0.0.1:{port}/safeguarding/cse/leaflet.txt");
        _site.Write("static/leaflet.txt", "The leaflet, changed.");
        var changed = await Poll($"http://127.0.0.1:{port}/safeguarding/cse/leaflet.txt", "The leaflet, changed.");

        Assert.True(first, "a file in a static/ folder made while serving was never served:\n" + output);
        Assert.True(changed, "a change in the new static/ folder was not rebuilt:\n" + output);
    }

    private async Task<bool> PollStatus(string url)
    {
        for (var i = 0; i < 50; i++)
        {
            if ((await _http.GetAsync(url)).StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private async Task<bool> Poll(string url, string text)
    {
        for (var i = 0; i < 50; i++)
        {
            if ((await _http.GetStringAsync(url)).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

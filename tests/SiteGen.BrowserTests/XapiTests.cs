using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// xAPI: a learner takes a training module on a site whose site.yaml names a learning record store
/// (<see cref="XapiLrs"/>: Learning Locker's xapi-statements in memory), while the store fails at
/// first; every statement ends up stored exactly once, valid, in the order the learner worked. A
/// site without a store sends nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XapiTests(BrowserFixture browser, XapiLrs lrs) : IClassFixture<XapiLrs>
{
    [Fact]
    public async Task A_module_taken_while_the_store_fails_at_first_ends_with_every_statement_stored_once_and_valid()
    {
        lrs.FailNextPosts(2);
        await using var session = await browser.OpenAsync(lrs.Site.Url("/training/level-1/"), TrainingLearner.ContextOptions());
        var page = session.Page;
        await Assertions.Expect(page.Locator(".training-module--enhanced")).ToBeVisibleAsync();
        await TrainingLearner.ReadEveryPageAsync(page);
        await TrainingLearner.PassQuizAsync(page);
        var (_, key) = await TrainingLearner.QuizAsync(page);
        await page.WaitForFunctionAsync("() => (JSON.parse(window.localStorage.getItem('sitegen.xapi.queue') || '[]')).length === 0",
            null, new() { Timeout = 60_000 }); // the store's failures are retried after 1, then 2 seconds
        var module = await page.EvaluateAsync<JsonElement>("() => window.SiteGenModules['level-1']");

        var stored = await lrs.StoredStatementsAsync();
        var ids = stored.Select(s => s["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(lrs.SentIds.Distinct().Order(), ids.Order());
        Assert.True(lrs.SentIds.Count > ids.Count, "nothing was sent again after the store failed");
        Assert.Equal("[]", NodeValidator(stored));

        // This learner's (another test may have sent for another).
        var registration = await page.EvaluateAsync<string>("() => JSON.parse(window.sessionStorage.getItem('sitegen.xapi.launch.level-1')).registration");
        var inOrder = stored.Where(s => s["context"]!["registration"]?.GetValue<string>() == registration)
            .OrderBy(s => s["timestamp"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        string Verb(JsonObject s) => s["verb"]!["id"]!.GetValue<string>()["http://adlnet.gov/expapi/verbs/".Length..];
        var verbs = inOrder.Select(Verb).ToList();
        Assert.Equal("initialized", verbs[0]);
        Assert.Equal(1, verbs.Count(v => v == "initialized"));
        Assert.Equal(key.Count, verbs.Count(v => v == "answered"));
        Assert.Equal(["passed", "completed", "terminated"], verbs.Where(v => v is "passed" or "completed" or "terminated" or "failed"));
        Assert.True(verbs.LastIndexOf("experienced") < verbs.IndexOf("answered"), "a page was experienced after the quiz was answered");
        var site = module.GetProperty("site").GetProperty("url").GetString()!;
        var pages = module.GetProperty("pages").EnumerateArray().Select(p => site + p.GetProperty("path").GetString()).ToList();
        var read = pages.Where(p => !p.EndsWith("quiz/", StringComparison.Ordinal)).Append(site + module.GetProperty("start").GetString()).ToHashSet();
        var experienced = inOrder.Where(s => Verb(s) == "experienced").Select(s => s["object"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.True(read.IsSubsetOf(experienced), $"pages read: {string.Join(", ", read)}; experienced: {string.Join(", ", experienced)}");

        var passed = inOrder.Single(s => Verb(s) == "passed");
        Assert.Equal(1.0, passed["result"]!["score"]!["scaled"]!.GetValue<double>());
        Assert.True(passed["result"]!["success"]!.GetValue<bool>());
        Assert.Equal(site + module.GetProperty("start").GetString(), passed["object"]!["id"]!.GetValue<string>());
        Assert.All(inOrder, s =>
        {
            Assert.Equal(site, s["actor"]!["account"]!["homePage"]!.GetValue<string>());
            Assert.Null(s["actor"]!["mbox"]);
            Assert.Equal(module.GetProperty("module").GetProperty("version").GetString(), s["context"]!["revision"]!.GetValue<string>());
        });
        // The browser reports the store's 500s itself; the pages' scripts had no error.
        Assert.All(session.Errors, e => Assert.Contains("Failed to load resource: the server responded with a status of 500", e, StringComparison.Ordinal));
        Assert.All(session.ExternalRequests, url => Assert.StartsWith(lrs.Endpoint, url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_module_launched_by_an_LMS_sends_for_its_learner_with_the_credentials_its_fetch_URL_gave()
    {
        const string Registration = "0c6d3a7e-2f43-4c55-9b7a-3f1a5e2d9c10";
        const string ActivityId = "https://lms.example.org/activities/level-1";
        var actor = """{"objectType":"Agent","account":{"homePage":"https://lms.example.org","name":"learner-42"}}""";
        var origin = new Uri(lrs.Endpoint).GetLeftPart(UriPartial.Authority);
        var launch = lrs.Site.Url("/training/level-1/") + "?endpoint=" + Uri.EscapeDataString(lrs.Endpoint) + "&fetch=" + Uri.EscapeDataString(origin + "/fetch") +
            "&actor=" + Uri.EscapeDataString(actor) + "&registration=" + Registration + "&activityId=" + Uri.EscapeDataString(ActivityId);
        await using var session = await browser.OpenAsync(new Uri(launch), TrainingLearner.ContextOptions());
        var page = session.Page;
        await Assertions.Expect(page.Locator(".training-module--enhanced")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.sessionStorage.getItem('sitegen.xapi.launch.level-1') !== null && (JSON.parse(window.localStorage.getItem('sitegen.xapi.queue') || '[]')).length === 0");

        var mine = (await lrs.StoredStatementsAsync()).Where(s => s["context"]?["registration"]?.GetValue<string>() == Registration).ToList();
        Assert.Equal(["initialized", "experienced"], mine.OrderBy(s => s["timestamp"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(s => s["verb"]!["id"]!.GetValue<string>()["http://adlnet.gov/expapi/verbs/".Length..]));
        Assert.All(mine, s => Assert.Equal("learner-42", s["actor"]!["account"]!["name"]!.GetValue<string>()));
        Assert.Equal(ActivityId, mine.Single(s => s["verb"]!["id"]!.GetValue<string>().EndsWith("initialized", StringComparison.Ordinal))["object"]!["id"]!.GetValue<string>());
        Assert.Contains("Basic " + XapiLrs.FetchedToken, lrs.Authorizations);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task A_site_without_a_store_sends_nothing_and_never_loads_the_xapi_script()
    {
        await using var session = await browser.OpenAsync(TrainingLearner.StartUrl(browser));
        var page = session.Page;
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".training-module--enhanced")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.EvaluateAsync<bool>("() => window.SiteGenModules['level-1'].lrs === null"));
        Assert.DoesNotContain(requested, url => url.Contains("sitegen-xapi", StringComparison.Ordinal));
        Assert.Empty(session.ExternalRequests);
    }

    private static string NodeValidator(List<JsonObject> statements)
    {
        var script = Path.Combine(RepositoryRoot.Find(), "tests", "SiteGen.BrowserTests", "Lms", "validate-statements.mjs");
        return SiteGen.Tests.Support.NodeProcess.Run([script], new JsonArray([.. statements.Select(s => s.DeepClone())]).ToJsonString(),
            TimeSpan.FromMinutes(1), "the statements are checked by @learninglocker/xapi-validation, which runs in node.");
    }
}

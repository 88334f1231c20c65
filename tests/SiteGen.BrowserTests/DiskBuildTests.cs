using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The copy built for disk (ForDisk = true), opened straight from the folder with file:// as a
/// school or a partner might from a USB stick or a shared drive: every link must name a file,
/// styles and scripts must load, and the quick exit must still work.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DiskBuildTests(BrowserFixture browser)
{
    private const string TransparentColour = "rgba(0, 0, 0, 0)";

    /// <summary>Every internal address a page uses: links, stylesheets, scripts, images.</summary>
    private const string Addresses = """
        () => [
          ...[...document.querySelectorAll('a[href]')].map(a => ({ kind: 'link', url: a.href, raw: a.getAttribute('href') })),
          ...[...document.querySelectorAll('link[href]')].map(l => ({ kind: l.rel, url: l.href, raw: l.getAttribute('href') })),
          ...[...document.querySelectorAll('script[src], img[src]')].map(e => ({ kind: e.tagName.toLowerCase(), url: e.src, raw: e.getAttribute('src') })),
        ]
        """;

    [Fact]
    public async Task On_the_disk_copy_every_internal_link_names_an_existing_file()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.DiskPages, failures, async (page, session) =>
        {
            foreach (var address in await session.Page.EvaluateAsync<PageAddress[]>(Addresses))
            {
                if (address.Raw.StartsWith('/') && !address.Raw.StartsWith("//", StringComparison.Ordinal))
                {
                    failures.Add(page, $"{address.Kind} \"{address.Raw}\" starts at the root, which on disk is the root of the drive, not of the copy");
                    continue;
                }

                if (!Uri.TryCreate(address.Url, UriKind.Absolute, out var url) || !url.IsFile)
                {
                    continue; // other sites, tel:, mailto:
                }

                var path = url.LocalPath;
                if (!File.Exists(path))
                {
                    failures.Add(page, $"{address.Kind} \"{address.Raw}\" points to {path}, which {(Directory.Exists(path) ? "is a folder (a browser shows its listing, not its index.html)" : "does not exist")}");
                }
                else if (address.Kind == "link" && Path.GetExtension(path) == ".html" && !path.EndsWith("index.html", StringComparison.Ordinal))
                {
                    failures.Add(page, $"link \"{address.Raw}\" points to {path}, not to a page's index.html");
                }
            }

            failures.AddRange(page, session.Errors);
        });

        failures.AssertNone("Pages of the disk copy link to files that are not there");
    }

    [Fact]
    public async Task On_the_disk_copy_a_reader_can_click_from_home_to_a_section_to_a_page()
    {
        var home = browser.DiskPages.Single(p => p.File == "index.html");
        await using var session = await browser.OpenAsync(home);
        var page = session.Page;
        await AssertStyledAsync(page);

        // Home → the first section in the main navigation.
        var section = browser.Config.Navigation[0].Title;
        await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Main" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = section, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        AssertIsPageFile(page.Url);
        Assert.NotEqual(home.Url, new Uri(page.Url));
        await AssertStyledAsync(page);

        // Section → the first page inside it, linked from its main content.
        var sectionFolder = page.Url[..page.Url.LastIndexOf('/')];
        var child = page.Locator("main a[href]").Filter(new LocatorFilterOptions { Visible = true });
        ILocator? target = null;
        foreach (var link in await child.AllAsync())
        {
            var href = await link.EvaluateAsync<string>("a => a.href");
            if (href.StartsWith(sectionFolder + "/", StringComparison.Ordinal) && href.EndsWith("/index.html", StringComparison.Ordinal) && !href.Contains('#', StringComparison.Ordinal))
            {
                target = link;
                break;
            }
        }

        Assert.True(target is not null, $"The section page {page.Url} links to no page inside its section.");
        await target.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        AssertIsPageFile(page.Url);
        Assert.StartsWith(sectionFolder + "/", page.Url, StringComparison.Ordinal);
        await AssertStyledAsync(page);
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"{page.Url} shows no heading.");
        Assert.Empty(session.Errors);
        Assert.Empty(session.ExternalRequests);
    }

    [Fact]
    public async Task On_the_disk_copy_Exit_this_page_and_Shift_three_times_still_exit()
    {
        var page = browser.DiskPages.First(p => p.File.Count(c => c == '/') == 2);

        await using (var session = await browser.OpenAsync(page))
        {
            var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
            await (await QuickExitTests.ExitButtonAsync(session.Page)).ClickAsync();
            await stub.WaitForExitAsync(session.Page, TimeSpan.FromSeconds(10));
            Assert.Empty(session.Errors);
        }

        await using (var session = await browser.OpenAsync(page))
        {
            var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
            for (var i = 0; i < 3; i++)
            {
                await session.Page.Keyboard.PressAsync("Shift");
            }

            await stub.WaitForExitAsync(session.Page, TimeSpan.FromSeconds(10));
            Assert.Empty(session.Errors);
        }
    }

    private static void AssertIsPageFile(string address)
    {
        var url = new Uri(address);
        Assert.True(url.IsFile && url.LocalPath.EndsWith("index.html", StringComparison.Ordinal) && File.Exists(url.LocalPath),
            $"Expected to be on a page's index.html on disk, but the browser is at {address}.");
    }

    /// <summary>The theme's stylesheet is applied: the header has its brand background, not the browser's transparent default.</summary>
    private static async Task AssertStyledAsync(IPage page)
    {
        var background = await page.GetByRole(AriaRole.Banner).EvaluateAsync<string>("h => getComputedStyle(h).backgroundColor");
        Assert.True(background != TransparentColour, $"{page.Url}: the header has no background colour: the stylesheet did not load.");
    }
}

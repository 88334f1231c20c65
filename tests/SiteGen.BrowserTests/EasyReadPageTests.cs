using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The example's easy-read pages, as a young person with a learning disability (often reading
/// with a helper, on a phone) uses them: reached from the full page and back, each idea a
/// picture beside its words, larger type, and the quick exit as on every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EasyReadPageTests(BrowserFixture browser)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("about-cse/what-is-cse/", "about-cse/what-is-cse-easy-read/")]
    [InlineData("help/", "help/easy-read/")]
    [InlineData("lessons/9-11/safe-and-unsafe-secrets/", "lessons/9-11/safe-and-unsafe-secrets-easy-read/")]
    public async Task The_full_page_and_its_easy_read_version_link_to_each_other_and_the_easy_read_page_passes_axe(string full, string easy)
    {
        await using var session = await browser.OpenAsync(Address(full));
        var page = session.Page;

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Easy read version of this page", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Address(easy).ToString());

        // Each idea is a picture with words saying what it shows, beside (not under) its sentences.
        var rows = page.Locator("main .picture-row");
        Assert.True(await rows.CountAsync() >= 5, $"{easy} has {await rows.CountAsync()} picture rows");
        foreach (var row in await rows.AllAsync())
        {
            var picture = row.Locator("img.picture-row__picture");
            Assert.False(string.IsNullOrWhiteSpace(await picture.GetAttributeAsync("alt")), "a picture has no alt text");
            Assert.True(await picture.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), $"the picture {await picture.GetAttributeAsync("src")} did not load");
            var box = await picture.BoundingBoxAsync() ?? throw new InvalidOperationException("no picture box");
            var words = await row.Locator(".picture-row__words").BoundingBoxAsync() ?? throw new InvalidOperationException("no words box");
            Assert.True(words.X >= box.X + box.Width && words.Y < box.Y + box.Height, "the words are not beside their picture");
        }

        var size = await page.Locator("main .picture-row__words p").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        Assert.True(size >= 20, $"easy-read text is {size}px, not larger type");

        var result = await AxeChecks.RunAsync(page);
        Assert.True(result.Passes.Length > 0, "axe ran no rules");
        Assert.Empty(AxeChecks.Describe(result));

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Read the full page", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Address(full).ToString());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Exit_this_page_works_from_an_easy_read_page_on_a_phone()
    {
        await using var session = await browser.OpenAsync(Address("help/easy-read/"), Screens.Options(Screens.Phone));
        var stub = await QuickExitStub.InstallAsync(session, browser.QuickExitUrl);
        await session.GotoAsync(Address("help/easy-read/"));
        await session.Page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");

        await (await QuickExitTests.ExitButtonAsync(session.Page)).ClickAsync();

        await stub.WaitForExitAsync(session.Page, Wait);
    }

    private Uri Address(string sitePath) => browser.Server.Url(BuiltSite.SitePath(sitePath + "index.html", browser.Config.BasePath));
}

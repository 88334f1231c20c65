using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>"Skip to main content" takes a keyboard user past the header and navigation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SkipLinkTests(BrowserFixture browser)
{
    /// <summary>Empty when the focused element is the first Tab stop inside main (or after it, when main has none); otherwise where focus went.</summary>
    private const string NextTabStopIsFirstInMain = "() => { " + Focus.DescribeFunction + Focus.FocusableFunction + """
          const main = document.querySelector('main');
          const expected = focusable().find(el => main.contains(el) || (main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
          return document.activeElement === expected ? '' : `went to ${describe(document.activeElement)}, not to ${describe(expected)}`;
        }
        """;

    [Fact]
    public async Task Second_Tab_then_Enter_moves_focus_to_the_main_content()
    {
        await using var session = await browser.OpenAsync(browser.ContentPage);
        var page = session.Page;

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await KeyboardTests.IsFocusedAsync(page, "Skip to main content"),
            $"The second Tab stop is {await page.EvaluateAsync<FocusedElement>(Focus.Describe)}, not \"Skip to main content\".");

        await page.Keyboard.PressAsync("Enter");

        // The address changes as the browser follows the link, which the test sees a moment later
        // on a busy machine: waited for, as a reader would see it in the address bar.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#main-content$"));
        var main = await page.Locator("main").BoundingBoxAsync();
        var viewport = page.ViewportSize!;
        Assert.True(main is not null && main.Y < viewport.Height && main.Y + main.Height > 0 && main.Y >= -1,
            $"After the skip link the main content's top should be in view, but it is at {main?.Y}px in a {viewport.Height}px viewport.");

        // The next Tab continues from the start of the main content, not from the top of the page.
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<string>(NextTabStopIsFirstInMain);
        Assert.True(next.Length == 0, $"After skipping to the main content, Tab {next}.");
        Assert.Empty(session.Errors);
    }
}

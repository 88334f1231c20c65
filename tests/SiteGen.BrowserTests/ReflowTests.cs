using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// Reflow (WCAG 1.4.10) and resized text (1.4.4): on a small phone, or zoomed in, a page must
/// read top to bottom without scrolling sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserFixture browser)
{
    /// <summary>Lists the outermost elements that reach past the right edge of the viewport.</summary>
    private const string Overflow = """
        () => {
          const width = window.innerWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          const found = [];
          for (const el of document.body.querySelectorAll('*')) {
            const box = el.getBoundingClientRect();
            if (box.width > 0 && box.right > width + 0.5 && !found.some(f => f.el.contains(el))) {
              found.push({ el, right: Math.round(box.right) });
            }
          }
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
            [...el.classList].map(c => '.' + c).join('');
          return [
            `the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`,
            ...found.slice(0, 6).map(f => `${name(f.el)} reaches ${f.right}px ("${(f.el.textContent || '').trim().slice(0, 40)}")`),
          ];
        }
        """;

    [Fact]
    public async Task Every_page_fits_a_320px_wide_screen_without_scrolling_sideways()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures,
            async (page, session) => failures.AddRange(page, await session.Page.EvaluateAsync<string[]>(Overflow)),
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });

        failures.AssertNone("Pages scroll sideways at 320px wide (WCAG 1.4.10 Reflow)");
    }

    [Fact]
    public async Task Every_page_fits_640px_with_text_twice_as_large_without_scrolling_sideways()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            // The reader's own text size at 200% (the theme sizes everything in rem and em).
            // Set through the CSSOM, which the pages' Content-Security-Policy allows.
            await session.Page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
            failures.AddRange(page, await session.Page.EvaluateAsync<string[]>(Overflow));
        }, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 640, Height = 720 } });

        failures.AssertNone("Pages scroll sideways at 640px wide with text at 200% (WCAG 1.4.4 Resize text)");
    }
}

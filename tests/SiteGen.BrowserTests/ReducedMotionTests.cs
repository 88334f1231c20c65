using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>A reader who asks for reduced motion gets no animation, transition or smooth scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReducedMotionTests(BrowserFixture browser)
{
    private const string Moving = """
        () => {
          const seconds = v => v.split(',').map(s => s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s));
          const found = [];
          if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html scrolls smoothly');
          for (const el of document.querySelectorAll('*')) {
            for (const pseudo of [null, '::before', '::after']) {
              const style = getComputedStyle(el, pseudo);
              const animated = style.animationName !== 'none' && seconds(style.animationDuration).some(s => s > 0.001);
              const transitions = seconds(style.transitionDuration).some(s => s > 0.001);
              if (animated || transitions) {
                found.push(`${el.tagName.toLowerCase()}${el.className ? '.' + [...el.classList].join('.') : ''}${pseudo || ''}: ` +
                  `animation ${style.animationName} ${style.animationDuration}, transition ${style.transitionDuration}`);
              }
            }
          }
          return found.slice(0, 10);
        }
        """;

    [Fact]
    public async Task With_reduced_motion_no_page_animates()
    {
        var failures = new PageFailures();
        await browser.ForEachPageAsync(browser.Pages, failures,
            async (page, session) => failures.AddRange(page, await session.Page.EvaluateAsync<string[]>(Moving)),
            new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });

        failures.AssertNone("Pages move although the reader asked for reduced motion");
    }
}

using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// WCAG 3.2.6 Consistent help: the same "Get help" block, with the emergency number, Childline and
/// the local front door, in the same place on every page, each number a link a phone can call.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HelpBlockTests(BrowserFixture browser)
{
    private static readonly string[] Contacts = ["emergency", "childline", "front_door"];

    [Fact]
    public async Task Every_page_has_the_same_Get_help_block_with_the_emergency_Childline_and_front_door_numbers()
    {
        var failures = new PageFailures();
        var blocks = new ConcurrentDictionary<SitePage, (string Language, HelpBlock Block)>();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            // Named in the page's own language: "Get help" on an English page, "مدد حاصل کریں" on an Urdu one.
            var language = await session.Page.Locator("html").GetAttributeAsync("lang") ?? "";
            var name = (await ThemeWords.OfAsync(session.Page))["get_help"];
            var landmarks = session.Page.GetByRole(AriaRole.Complementary, new PageGetByRoleOptions { Name = name, Exact = true });
            var count = await landmarks.CountAsync();
            if (count != 1)
            {
                failures.Add(page, $"has {count} complementary landmarks named \"{name}\", not 1");
                return;
            }

            var block = await landmarks.EvaluateAsync<HelpBlock>(HelpBlock.Read);
            blocks[page] = (language, block);
            foreach (var id in Contacts)
            {
                var contact = browser.Config.Contacts[id];
                var expected = $"{contact.TelHref} {contact.PhoneText}"; // the number as written, its spaces non-breaking so it never wraps
                if (!block.Phones.Contains(expected))
                {
                    failures.Add(page, $"the help block has no link to call {contact.Name} ({expected}); its phone links: {string.Join(", ", block.Phones)}");
                }
            }

            if (!block.FollowsMain || !block.PrecedesFooter)
            {
                failures.Add(page, "the help block is not between the main content and the footer");
            }
        });

        // The same on every page of a language: the home page's, or in another language its first page's.
        Assert.True(blocks.ContainsKey(browser.Home), "The home page has no \"Get help\" block to compare the others with.");
        foreach (var language in blocks.GroupBy(b => b.Value.Language))
        {
            var (first, (_, reference)) = language.Any(b => b.Key == browser.Home)
                ? blocks.Single(b => b.Key == browser.Home)
                : language.OrderBy(b => b.Key.Url.AbsolutePath, StringComparer.Ordinal).First();
            foreach (var (page, (_, block)) in language.Where(b => b.Value.Block.Signature != reference.Signature))
            {
                failures.Add(page, $"the help block differs from {first}'s: " + FirstDifference(reference.Signature, block.Signature));
            }
        }

        failures.AssertNone("The \"Get help\" block is missing or not the same on every page (WCAG 3.2.6 Consistent help)");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(nothing)";
            var y = i < b.Length ? b[i] : "(nothing)";
            if (x != y)
            {
                return $"home page has \"{x}\", this page \"{y}\"";
            }
        }

        return "(no difference)";
    }
}

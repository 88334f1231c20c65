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
        var blocks = new ConcurrentDictionary<SitePage, HelpBlock>();
        await browser.ForEachPageAsync(browser.Pages, failures, async (page, session) =>
        {
            var landmarks = session.Page.GetByRole(AriaRole.Complementary, new PageGetByRoleOptions { Name = "Get help", Exact = true });
            var count = await landmarks.CountAsync();
            if (count != 1)
            {
                failures.Add(page, $"has {count} complementary landmarks named \"Get help\", not 1");
                return;
            }

            var block = await landmarks.EvaluateAsync<HelpBlock>(HelpBlock.Read);
            blocks[page] = block;
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

        var reference = blocks.GetValueOrDefault(browser.Home);
        Assert.True(reference is not null, "The home page has no \"Get help\" block to compare the others with.");
        foreach (var (page, block) in blocks.Where(b => b.Value.Signature != reference.Signature))
        {
            failures.Add(page, "the help block differs from the home page's: " + FirstDifference(reference.Signature, block.Signature));
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

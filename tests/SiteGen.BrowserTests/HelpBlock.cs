namespace SiteGen.BrowserTests;

/// <summary>What a page's "Get help" block says and links to, as read in the browser.</summary>
public sealed class HelpBlock
{
    /// <summary>Reads the complementary landmark named "Get help" (the locator the script is run on).</summary>
    public const string Read = """
        block => {
          const main = document.querySelector('main');
          const footer = document.querySelector('footer, [role=contentinfo]');
          return {
            text: block.innerText.trim(),
            links: [...block.querySelectorAll('a[href]')].map(a => a.href + ' ' + a.innerText.trim()),
            phones: [...block.querySelectorAll('a[href^="tel:"]')].map(a => a.getAttribute('href') + ' ' + a.innerText.trim()),
            followsMain: !!main && (main.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !main.contains(block),
            precedesFooter: !footer || (footer.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_PRECEDING) !== 0,
          };
        }
        """;

    public string Text { get; set; } = "";

    /// <summary>Each link's absolute address and text.</summary>
    public string[] Links { get; set; } = [];

    /// <summary>Each tel: link's href and text.</summary>
    public string[] Phones { get; set; } = [];

    public bool FollowsMain { get; set; }

    public bool PrecedesFooter { get; set; }

    /// <summary>Everything a reader gets from the block: its words and where its links go.</summary>
    public string Signature => Text + "\n" + string.Join("\n", Links);
}

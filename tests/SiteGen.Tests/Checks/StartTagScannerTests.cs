using System.Text;
using SiteGen.Build;
using SiteGen.Checks;
using SiteGen.Safety;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

/// <summary>
/// The last check on every finished page reads its start tags with <see cref="StartTagScanner"/>,
/// which must read them exactly as AngleSharp's tokenizer (the HTML standard's) does, or say it
/// cannot: a tag read differently could hide a script URL or an event handler from the check.
/// </summary>
public sealed class StartTagScannerTests
{
    public static TheoryData<string> Awkward =>
    [
        "<p>plain</p>",
        "<A HREF=\"x\" Title='y'>upper case</A>",
        "<a href=\"a>b\" title='c>d'>quoted angle brackets</a>",
        "<a href=x/y title=z>unquoted</a>",
        "<a href=\"x\"title=\"y\">no space between</a>",
        "<a href=\"one\" href=\"two\" HREF=three>repeated</a>",
        "<br/><img src=a.png/><a/href=x>",
        "<input disabled value = 'v' >",
        "<a =x>an equals sign first</a>",
        "<a href= >empty unquoted</a>",
        "<a \"q\"=1 'r'=2 <s=3>odd names</a>",
        "<image src=x.png>",
        "<!DOCTYPE html><html lang=en><!-- a <a href=comment> --><p id=after>",
        "<!--><a href=abrupt1><!---><a href=abrupt2>",
        "<!-- a --!><a href=bang>",
        "<!-- a ---><a href=dashes>",
        "<!-x><a href=bogus1><?php <a href=bogus2> ?><a href=bogus3>",
        "</a title=\">\"><a href=after-end-tag>",
        "</><a href=after-empty-end></ x><a href=after-bogus-end>",
        "<script src=s.js></script><script>if (a < b) { x = '<a href=in-script>'; }</SCRIPT ><a href=after>",
        "<style>a[href='<b>'] {}</style><a href=after-style>",
        "<title><a href=in-title></title><textarea><a href=in-textarea></textarea><a href=after>",
        "<xmp><a href=x></xmp><iframe><a href=y></iframe><noembed><a href=z></noembed><noframes><a></noframes>",
        "<title>no end <a href=never>",
        "<plaintext><a href=never>",
        "<a href=\"a&amp;b&lt;&gt;&quot;&apos;\" title='&#39;&#x27;&#233;&#X1F600;'>references</a>",
        "<a title=\"a & b &# c\">bare ampersands</a>",
        "<a href=\"x",
        "<a href=x title=",
        "<a href",
        "<",
        "a < b > c",
        "<a href=\"java&#x09;script:alert(1)\" onclick=\"x()\" style=\"color:red\">hostile</a>",
        "<svg><title><a href=in-svg-title></title></svg>",
        "<p id=\"é\" data-x=\"日本\">non-ASCII</p>",
        "<p ID=Upper İd=dotted>",
    ];

    // Each of these holds something the scanner leaves to the tokenizer.
    public static TheoryData<string> LeftToTheTokenizer =>
    [
        "<a href=\"x&nbsp;y\">a named reference</a>",
        "<a href=\"x&#128;\">a C1 reference</a>",
        "<a href=\"x&#0;\">NUL by reference</a>",
        "<a href=\"x&amp\">no semicolon</a>",
        "<a href=\"a\0b\">a NUL</a>",
        "<a\r\nhref=x>a carriage return</a>",
        "<script><!--<script></script>--></script><a href=after>",
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Reads_awkward_markup_as_the_standard_tokenizer_does(string html)
    {
        var scanned = new List<MarkupTag>();
        Assert.True(StartTagScanner.TryRead(html, scanned.Add), $"The scanner gave up on {html}, which it is meant to read.");

        Assert.Equal(Describe(Tokenized(html)), Describe(scanned));
    }

    [Theory]
    [MemberData(nameof(LeftToTheTokenizer))]
    public void Leaves_what_it_does_not_read_exactly_to_the_tokenizer(string html)
    {
        Assert.False(StartTagScanner.TryRead(html, _ => { }), $"The scanner read {html} itself.");
    }

    [Fact]
    public void Random_markup_is_read_as_the_tokenizer_reads_it_or_left_to_it()
    {
        string[] pieces =
        [
            "<", ">", "/", "=", "\"", "'", " ", "\n", "\t", "-", "!", "?", "&", ";", "#", "x", "a", "A", "href", "on", "src", "id",
            "script", "title", "style", "textarea", "plaintext", "<!--", "-->", "--!>", "</", "<a ", "<p>", "</script>", "&amp;",
            "&#39;", "&lt", "&nbsp;", "javascript:", "\r", "\u00e9", "<!DOCTYPE ", "[CDATA[", "]]>", "image", "`", "\f",
        ];
        var random = new Random(20261207);
        var read = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var html = new StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = html.ToString();
            var scanned = new List<MarkupTag>();
            if (!StartTagScanner.TryRead(text, scanned.Add))
            {
                continue;
            }

            read++;
            Assert.True(Describe(Tokenized(text)) == Describe(scanned),
                $"For {Visible(text)} the tokenizer reads {Describe(Tokenized(text))} but the scanner {Describe(scanned)}.");
        }

        Assert.True(read > 10_000, $"The scanner read only {read} of 20,000 random pages itself; the rest went to the slower tokenizer.");
    }

    [Fact]
    public void Reads_every_page_of_the_example_site_itself_and_as_the_tokenizer_does()
    {
        var output = Path.Combine(Path.GetTempPath(), "sitegen-scanner-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                ConfigPath = Path.Combine(RepoPaths.Root, "site.yaml"),
                OutputPath = output,
                BuiltInThemes = RepoPaths.Themes,
            });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

            var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
            Assert.True(pages.Length > 90, $"The example site built only {pages.Length} pages.");
            foreach (var page in pages)
            {
                var html = File.ReadAllText(page);
                var scanned = new List<MarkupTag>();
                Assert.True(StartTagScanner.TryRead(html, scanned.Add), $"The scanner left {Path.GetRelativePath(output, page)} to the tokenizer.");
                Assert.Equal(Describe(Tokenized(html)), Describe(scanned));
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static List<MarkupTag> Tokenized(string html)
    {
        var tags = new List<MarkupTag>();
        PageFacts.ReadWithTokenizer(html, tags.Add);
        return tags;
    }

    private static string Describe(IEnumerable<MarkupTag> tags) =>
        string.Join(" ", tags.Select(t => $"<{t.Name}{string.Concat(t.Attributes.Select(a => $" [{a.Key}]=[{a.Value}]"))}>"));

    private static string Visible(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\f", "\\f", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);
}

using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>
/// The front matter block and the body with its lines blanked, so that a problem in the body is
/// reported at the file's own line, whatever line ends the file has.
/// </summary>
public sealed class FrontMatterReaderTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nHello\n", "---\ntitle: A\n---", "\n\n\nHello\n")]
    [InlineData("---\r\ntitle: A\r\n---\r\nHello\r\n", "---\ntitle: A\n---", "\n\n\nHello\n")]
    [InlineData("---\ntitle: A\n...\nHello", "---\ntitle: A\n...", "\n\n\nHello")]
    [InlineData("---  \ntitle: A\n---   \n\nHello", "---  \ntitle: A\n---   ", "\n\n\n\nHello")]
    [InlineData("---\ntitle: A\n---", "---\ntitle: A\n---", "\n\n\n")]
    [InlineData("---\n---\nHello", "---\n---", "\n\nHello")]
    public void The_body_keeps_its_line_numbers(string text, string block, string body)
    {
        Assert.Equal(block, FrontMatterReader.Block(text));
        Assert.Equal(body, FrontMatterReader.Body(text));
    }

    [Theory]
    [InlineData("Hello\n---\n")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: A\n")]
    [InlineData("")]
    public void Without_a_closed_front_matter_there_is_no_block(string text)
    {
        Assert.Null(FrontMatterReader.Block(text));
        Assert.Equal(text, FrontMatterReader.Body(text));
    }
}

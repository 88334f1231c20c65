using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Pictures;

/// <summary>
/// One idea of an easy-read page: a picture from the theme beside a short sentence or two,
/// written <c>::: picture phone A mobile phone</c> ... <c>:::</c> (the picture's name, then what
/// it shows). Its body is ordinary Markdown.
/// </summary>
public sealed class PictureRow : ContainerBlock
{
    /// <summary>Creates a row.</summary>
    /// <param name="parser">The parser of the block it replaces.</param>
    /// <param name="name">The picture's name in the theme (<c>phone</c> for <c>assets/pictures/phone.svg</c>).</param>
    /// <param name="alt">What the picture shows, for a reader who cannot see it.</param>
    public PictureRow(BlockParser? parser, string name, string alt)
        : base(parser)
    {
        Name = name;
        Alt = alt;
    }

    /// <summary>The picture's name in the theme.</summary>
    public string Name { get; }

    /// <summary>What the picture shows.</summary>
    public string Alt { get; }

    /// <summary>The picture's address from the page, set when the site is assembled.</summary>
    public string? Url { get; set; }

    /// <summary>The theme folder the pictures are in, and the site path they are published at.</summary>
    public const string Folder = "assets/pictures";

    /// <summary>The site path of a picture.</summary>
    public static string SitePath(string name) => $"{Folder}/{name}.svg";
}

using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>
/// A language the site is published in besides its own (<see cref="SiteConfig.Language"/>): its
/// pages are translations of the site's pages, published under <c>/&lt;code&gt;/</c>.
/// </summary>
public sealed class SiteLanguage : YamlMapped
{
    /// <summary>Left to right, as English and Polish are written.</summary>
    public const string LeftToRight = "ltr";

    /// <summary>Right to left, as Urdu and Arabic are written.</summary>
    public const string RightToLeft = "rtl";

    /// <summary>
    /// The BCP 47 tag in lower case (<c>ur</c>, <c>pl</c>, <c>pa-arab</c>): the folder of its pages,
    /// the suffix of its files (<c>index.ur.md</c>) and the <c>lang</c> of its pages.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>The language's name in the language itself (<c>اردو</c>, <c>Polski</c>), as a reader looks for it.</summary>
    public required string Name { get; init; }

    /// <summary><see cref="LeftToRight"/> or <see cref="RightToLeft"/>.</summary>
    public string Direction { get; init; } = LeftToRight;

    /// <summary>How messages name it: its own name and its code, <c>اردو (ur)</c>.</summary>
    public override string ToString() => $"{Name} ({Code})";
}

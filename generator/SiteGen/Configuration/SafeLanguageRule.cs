using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>A phrase that blames a child or is out of date, and what to say instead.</summary>
public sealed class SafeLanguageRule : YamlMapped
{
    /// <summary>The phrase, matched as whole words in any case.</summary>
    public required string Phrase { get; init; }

    /// <summary>The wording to use instead.</summary>
    public required string Instead { get; init; }

    /// <summary>
    /// The default list: wording that blames children for their abuse, drawn from the source
    /// strategies and national guidance, and terms that current guidance has replaced.
    /// </summary>
    public static IReadOnlyList<SafeLanguageRule> Defaults { get; } =
    [
        Rule("child prostitute", "a child who is being sexually exploited"),
        Rule("child prostitutes", "children who are being sexually exploited"),
        Rule("child prostitution", "child sexual exploitation"),
        Rule("promiscuous", "words that describe what is happening to the child: being sexually exploited or abused"),
        Rule("lifestyle choice", "being exploited: a child cannot choose to be abused"),
        Rule("risky lifestyle", "being at risk of exploitation"),
        Rule("risk-taking behaviour", "a child being exploited or at risk of harm"),
        Rule("putting themselves at risk", "being put at risk by the people exploiting them"),
        Rule("putting herself at risk", "being put at risk by the people exploiting her"),
        Rule("putting himself at risk", "being put at risk by the people exploiting him"),
        Rule("consented to", "was abused, groomed or exploited: a child cannot consent to their own abuse"),
        Rule("sex worker", "a child who is being sexually exploited (a child is never a sex worker)"),
        Rule("underage sex", "the sexual abuse of a child"),
        Rule("child pornography", "child sexual abuse material, or indecent images of children"),
        Rule("revenge porn", "image-based sexual abuse"),
        Rule("sexting", "sharing nudes and semi-nudes"),
    ];

    private static SafeLanguageRule Rule(string phrase, string instead) => new() { Phrase = phrase, Instead = instead };
}

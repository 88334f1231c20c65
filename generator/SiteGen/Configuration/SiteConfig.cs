using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>The partnership's settings: everything in <c>site.yaml</c>.</summary>
public sealed class SiteConfig : YamlMapped
{
    /// <summary>The site's name, shown in the header and every page's title.</summary>
    public required string Title { get; init; }

    /// <summary>What the site is for: the home page's meta description.</summary>
    public required string Description { get; init; }

    /// <summary>The BCP 47 language tag of the content (for example <c>en-GB</c>).</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>The site's own language's name, in that language, for the language switch.</summary>
    public string LanguageName { get; init; } = "English";

    /// <summary>How the site's own language is written: <c>ltr</c>, or <c>rtl</c> for a site whose own language is Urdu or Arabic.</summary>
    public string LanguageDirection { get; init; } = SiteLanguage.LeftToRight;

    /// <summary>The languages pages are translated into, each published under <c>/&lt;code&gt;/</c>.</summary>
    public IReadOnlyList<SiteLanguage> Languages { get; init; } = [];

    /// <summary>The origin the site is published at (for example <c>https://cse.example.org</c>), for canonical links and the sitemap.</summary>
    public required string Url { get; init; }

    /// <summary>The sub-path the site lives under, starting and ending with <c>/</c> (for example <c>/safeguarding/cse/</c>).</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The theme's folder name under <c>themes/</c>.</summary>
    public string Theme { get; init; } = "default";

    /// <summary>The partnership that publishes the site.</summary>
    public required Partnership Partnership { get; init; }

    /// <summary>Where the quick exit goes.</summary>
    public QuickExit QuickExit { get; init; } = new();

    /// <summary>Named contacts, printed by <c>{{contact:id}}</c> in content and in the help block.</summary>
    public required IReadOnlyDictionary<string, Contact> Contacts { get; init; }

    /// <summary>Who the site is for: the home page's main choice.</summary>
    public required IReadOnlyList<Audience> Audiences { get; init; }

    /// <summary>Age bands for young people's pages and lessons.</summary>
    public required IReadOnlyList<AgeBand> AgeBands { get; init; }

    /// <summary>The header's main navigation.</summary>
    public IReadOnlyList<NavigationEntry> Navigation { get; init; } = [];

    /// <summary>Pages the theme links to from every page.</summary>
    public required SpecialPages Pages { get; init; }

    /// <summary>Staff training settings.</summary>
    public TrainingSettings Training { get; init; } = new();

    /// <summary>A learning record store for the modules' xAPI statements; none by default.</summary>
    public LearningRecordStore? LearningRecordStore { get; init; }

    /// <summary>Words that blame children or are out of date, with the words to use instead; an error on any page.</summary>
    public IReadOnlyList<SafeLanguageRule> SafeLanguage { get; init; } = SafeLanguageRule.Defaults;

    /// <summary>What easy-read pages are held to.</summary>
    public EasyReadSettings EasyRead { get; init; } = new();

    /// <summary>Markdown options.</summary>
    public MarkdownSettings Markdown { get; init; } = new();
}

using SiteGen.Configuration;

namespace SiteGen.Content;

/// <summary>What makes a page a translation: its language, the page it translates and its own front matter.</summary>
/// <param name="Language">The language it is written in.</param>
/// <param name="Original">The page in the site's own language.</param>
/// <param name="FrontMatter">Its title, summary, and what it was translated from.</param>
public sealed record PageTranslation(SiteLanguage Language, Page Original, TranslationFrontMatter FrontMatter);

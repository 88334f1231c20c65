namespace SiteGen.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place so they stay unique and the README can list them.
/// SG01xx: YAML; SG02xx: site.yaml; SG03xx: content files and front matter; SG04xx: Markdown;
/// SG05xx: links and cross-references; SG06xx: theme and rendering; SG07xx: rendered-page checks;
/// SG08xx: output.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>YAML that cannot be parsed.</summary>
    public const string YamlSyntax = "SG0101";

    /// <summary>A key the format does not have (often a typo).</summary>
    public const string YamlUnknownKey = "SG0102";

    /// <summary>A value of the wrong type.</summary>
    public const string YamlWrongType = "SG0103";

    /// <summary>A required key is missing or empty.</summary>
    public const string YamlMissingKey = "SG0104";

    /// <summary>site.yaml cannot be found or read.</summary>
    public const string ConfigMissing = "SG0201";

    /// <summary>A value in site.yaml is not allowed (bad URL, unknown id, duplicate id).</summary>
    public const string ConfigInvalid = "SG0202";

    /// <summary>site.yaml still holds the example (Ofcom drama range) phone numbers.</summary>
    public const string PlaceholderContact = "SG0203";

    /// <summary>A content file has no front matter.</summary>
    public const string FrontMatterMissing = "SG0301";

    /// <summary>A front matter value is not allowed (unknown audience, bad slug, dates in the wrong order).</summary>
    public const string FrontMatterInvalid = "SG0302";

    /// <summary>Two content files would be written to the same address.</summary>
    public const string DuplicateOutputPath = "SG0303";

    /// <summary>A page address that would leave the output folder.</summary>
    public const string UnsafePath = "SG0304";

    /// <summary>A training module that breaks a rule (unknown level, no quiz, a page outside its folder…).</summary>
    public const string ModuleInvalid = "SG0305";

    /// <summary>A symbolic link under content/, static/ or the site's themes/ that leads outside the site's folder.</summary>
    public const string LinkOutsideSite = "SG0306";

    /// <summary>A content file that was there when the build looked, but could not be read (deleted or locked part way).</summary>
    public const string ContentUnreadable = "SG0307";

    /// <summary>A translation that cannot be published: of a page that does not exist, in a language site.yaml does not list, holding a quiz.</summary>
    public const string TranslationInvalid = "SG0308";

    /// <summary>A contact placeholder names a contact site.yaml does not have.</summary>
    public const string UnknownContact = "SG0401";

    /// <summary>A callout of a kind the theme does not have.</summary>
    public const string UnknownCallout = "SG0402";

    /// <summary>Raw HTML in content while site.yaml does not allow it.</summary>
    public const string RawHtml = "SG0403";

    /// <summary>A level-one heading in a page body (the title is the page's only h1).</summary>
    public const string BodyHeadingLevel = "SG0404";

    /// <summary>A callout that is never closed.</summary>
    public const string UnclosedCallout = "SG0405";

    /// <summary>A quiz that breaks a rule (no correct answer, duplicate id, pass mark out of range…).</summary>
    public const string QuizInvalid = "SG0406";

    /// <summary>Two quizzes with the same id.</summary>
    public const string DuplicateQuiz = "SG0407";

    /// <summary>A link to a content file that does not exist.</summary>
    public const string BrokenLink = "SG0501";

    /// <summary>A link to a heading that does not exist on the target page.</summary>
    public const string BrokenAnchor = "SG0502";

    /// <summary>A navigation entry in site.yaml that names a missing page.</summary>
    public const string BrokenNavigation = "SG0503";

    /// <summary>A link or resource whose scheme is not http, https, mailto or tel (<c>javascript:</c>, <c>data:</c>…).</summary>
    public const string RefusedScheme = "SG0504";

    /// <summary>An image, audio, video or other resource the browser would fetch from another host.</summary>
    public const string ExternalResource = "SG0505";

    /// <summary>A theme file is missing or a template does not compile.</summary>
    public const string ThemeError = "SG0601";

    /// <summary>Warning: a script module in the site's own theme that SiteGen does not build, so it is not used.</summary>
    public const string UnbuiltThemeModule = "SG0602";

    /// <summary>Warning: a site's own copy of a template lacks what loads a component's script or styles, so that component would not work.</summary>
    public const string TemplateMissesAsset = "SG0603";

    /// <summary>Warning: the theme's words have no translation of a key in one of the site's languages, so its pages show the English.</summary>
    public const string ThemeStringMissing = "SG0604";

    /// <summary>An image without alternative text.</summary>
    public const string MissingAltText = "SG0701";

    /// <summary>A page without exactly one level-one heading.</summary>
    public const string HeadingStructure = "SG0702";

    /// <summary>Warning: a page reads harder than its audience's limit.</summary>
    public const string ReadingLevel = "SG0703";

    /// <summary>Wording that blames a child or is out of date.</summary>
    public const string UnsafeLanguage = "SG0704";

    /// <summary>Warning: a page is past its review date.</summary>
    public const string ReviewOverdue = "SG0705";

    /// <summary>A page without its review dates.</summary>
    public const string ReviewDatesMissing = "SG0706";

    /// <summary>Warning: a young person's or parent's page that does not end with where to get help.</summary>
    public const string NoSignposting = "SG0707";

    /// <summary>Markup that runs script or styles inline (an event handler, an inline script or style) or redirects every link (a base element).</summary>
    public const string UnsafeMarkup = "SG0708";

    /// <summary>A translation whose page has changed since it was translated, or that does not say which version it translates.</summary>
    public const string TranslationStale = "SG0709";

    /// <summary>A translation not yet checked by a native speaker.</summary>
    public const string TranslationUnreviewed = "SG0710";

    /// <summary>The output folder cannot be written.</summary>
    public const string OutputFailed = "SG0801";

    /// <summary>A package asks for a training module the site does not have.</summary>
    public const string UnknownModule = "SG0901";

    /// <summary>A package file cannot be written.</summary>
    public const string PackageFailed = "SG0902";
}

namespace SiteGen.Search;

/// <summary>A page as search sees it: the fields lunr indexes, and what a result shows.</summary>
/// <param name="Ref">The page's site path, which the index names it by.</param>
/// <param name="Title">The page's title (boosted most).</param>
/// <param name="Summary">The page's summary: the excerpt when the match is in the title or tags.</param>
/// <param name="Headings">Its headings, space-separated.</param>
/// <param name="Body">Its text, without markup, quizzes or code.</param>
/// <param name="Tags">Its tags, and the words of its audiences and age bands, so "lesson consent 14" finds a lesson for 14 to 16.</param>
/// <param name="Section">The title of its top-level section, shown on the result.</param>
/// <param name="Audiences">Audience ids, for filtering.</param>
/// <param name="AudienceLabels">Audience titles, shown on the result ("For parents and carers").</param>
/// <param name="AgeBands">Age band ids.</param>
public sealed record SearchDocument(string Ref, string Title, string Summary, string Headings, string Body, string Tags, string Section,
    IReadOnlyList<string> Audiences, IReadOnlyList<string> AudienceLabels, IReadOnlyList<string> AgeBands);

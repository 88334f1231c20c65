using SiteGen.Checks.Readability;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checks;

/// <summary>The checks that keep content right for its readers, each with a page that breaks it.</summary>
public sealed class ContentCheckTests : IDisposable
{
    private readonly TestSite _site = new();

    public ContentCheckTests()
    {
        // The test site's audiences with reading limits: parents grade 7, young people 11 to 14 grade 6.
        _site.Write("site.yaml", TestSite.SiteYaml
            .Replace("    title: For parents and carers\n", "    title: For parents and carers\n    max_reading_grade: 7\n", StringComparison.Ordinal)
            .Replace("    label: 11 to 14\n", "    label: 11 to 14\n    max_reading_grade: 6\n", StringComparison.Ordinal));
    }

    public void Dispose() => _site.Dispose();

    private const string Help = "\n## Where to get help\n\nCall {{contact:childline}}.\n";

    [Fact]
    public void A_page_harder_than_its_audience_can_read_is_a_warning_pointing_at_the_hardest_sentence()
    {
        var easy = string.Join(' ', Enumerable.Repeat("You can talk to us. We will help you. It is not your fault.", 8));
        var hard = "Multi-agency safeguarding arrangements necessitate comprehensive information-sharing protocols between organisations, notwithstanding considerable operational complexity.";
        _site.Write("content/help/hard.md", TestSite.Page("Hard", "parents") + "You can talk to us.\n\n" + string.Join(' ', Enumerable.Repeat(hard, 4)) + "\n" + Help);
        _site.Write("content/help/easy.md", TestSite.Page("Easy", "parents") + easy + "\n" + Help);

        var warnings = _site.Build().Warnings.Where(w => w.Code == DiagnosticCodes.ReadingLevel).ToList();

        var warning = Assert.Single(warnings);
        Assert.Equal(new SourceLocation("content/help/hard.md", 11, 1), warning.Location);
        Assert.Matches(@"^The page reads at Flesch-Kincaid grade \d+\.\d \(reading ease -?\d+\), harder than grade 7 for parents and carers\.$", warning.Message);
        Assert.Contains("\"Multi-agency safeguarding arrangements", warning.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_young_persons_page_is_held_to_its_age_bands_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("Sometimes relationships become uncomfortable, particularly when somebody repeatedly pressures you into activities.", 6));
        _site.Write("content/help/teen.md", TestSite.Page("Teen", "young-people", "age_band: [11-14]\n") + text + "\n" + Help);

        var warning = Assert.Single(_site.Build().Warnings, w => w.Code == DiagnosticCodes.ReadingLevel);

        Assert.EndsWith("harder than grade 6 for young people aged 11 to 14.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_that_blames_a_child_is_an_error_at_the_word_with_what_to_say_instead()
    {
        _site.Write("content/help/a.md", TestSite.Page("A", "parents") + "Some people used to say\nthe girl was promiscuous, which is wrong.\n" + Help);

        var error = _site.BuildError(DiagnosticCodes.UnsafeLanguage);

        Assert.Equal(new SourceLocation("content/help/a.md", 10, 14), error.Location);
        Assert.Equal("'promiscuous' blames a child for their abuse or is out of date.", error.Message);
        Assert.StartsWith("Say instead: words that describe what is happening to the child", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Blaming_wording_is_found_in_titles_and_quizzes_too()
    {
        var quiz = "```quiz\nid: q\ntitle: Check\nquestions:\n  - id: one\n    kind: true-false\n    question: A child prostitute chooses it.\n    answer: false\n    explanation: No.\n    learn_more: index.md\n```\n";
        _site.Write("content/help/a.md", TestSite.Page("Risky lifestyle", "parents") + quiz + Help);

        var result = _site.Build();

        Assert.Equal(
            [
                (2, "'Risky lifestyle' blames a child for their abuse or is out of date."), // the title
                (3, "'risky lifestyle' blames a child for their abuse or is out of date."), // the summary repeats it
                (15, "'child prostitute' blames a child for their abuse or is out of date."), // a quiz question
            ],
            result.Errors.Where(e => e.Code == DiagnosticCodes.UnsafeLanguage).Select(e => (e.Location.Line, e.Message)).ToArray());
    }

    [Fact]
    public void A_page_that_teaches_why_words_are_wrong_may_allow_them_by_name()
    {
        _site.Write("content/help/a.md", TestSite.Page("Language", "parents", "allow_phrases: [child prostitute]\n") +
            "Never call a child a child prostitute. Never call a child promiscuous.\n" + Help);

        var errors = _site.Build().Errors.Where(e => e.Code == DiagnosticCodes.UnsafeLanguage).ToList();

        Assert.Equal("'promiscuous' blames a child for their abuse or is out of date.", Assert.Single(errors).Message);
    }

    [Fact]
    public void A_page_without_review_dates_is_an_error_and_one_past_its_review_is_a_warning()
    {
        _site.Write("content/help/none.md", "---\ntitle: None\nsummary: S.\naudience: [parents]\n---\n" + Help);
        _site.Write("content/help/old.md", TestSite.Page("Old", "parents") + Help);

        var result = _site.Build(today: new DateOnly(2027, 3, 1));

        var missing = Assert.Single(result.Errors, e => e.Code == DiagnosticCodes.ReviewDatesMissing);
        Assert.Equal(new SourceLocation("content/help/none.md", 2, 1), missing.Location);
        Assert.Equal("The page has no 'reviewed' and 'review_due' dates.", missing.Message);
        var overdue = result.Warnings.Where(w => w.Code == DiagnosticCodes.ReviewOverdue).ToList();
        Assert.Contains(overdue, w => w.Location == new SourceLocation("content/help/old.md", 6, 13) && w.Message == "The page was due for review on 2027-01-01.");
    }

    [Fact]
    public void A_parents_page_that_does_not_end_with_help_is_a_warning()
    {
        _site.Write("content/help/no-help.md", TestSite.Page("No help", "parents") + "## Signs\n\nLook out for gifts.\n");
        _site.Write("content/help/with-help.md", TestSite.Page("With help", "parents") + "## Signs\n\nLook out for gifts.\n" + Help);

        var warnings = _site.Build().Warnings.Where(w => w.Code == DiagnosticCodes.NoSignposting).ToList();

        Assert.Equal("content/help/no-help.md", Assert.Single(warnings).Location.File);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("grooming", 2)]
    [InlineData("exploitation", 4)]
    [InlineData("relationship", 4)]
    [InlineData("groomed", 1)]
    [InlineData("wanted", 2)]
    [InlineData("little", 2)]
    public void Syllables_are_counted_by_rule(string word, int syllables) => Assert.Equal(syllables, SyllableCounter.Count(word));

    [Fact]
    public void Reading_ease_and_grade_follow_the_Flesch_formulas()
    {
        var level = ReadingLevel.Of([new ProseUnit("The cat sat on the mat.", 1, 1)]);

        Assert.Equal((6, 1, 6), (level.Words, level.Sentences, level.Syllables));
        Assert.Equal(206.835 - (1.015 * 6) - 84.6, level.Ease, 6);
        Assert.Equal((0.39 * 6) + 11.8 - 15.59, level.Grade, 6);
    }
}

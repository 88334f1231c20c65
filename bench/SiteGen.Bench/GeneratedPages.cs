using System.Globalization;
using System.Text;

namespace SiteGen.Bench;

/// <summary>
/// The generated part of a corpus: <c>content/bench/</c> holds topics of sections of
/// <see cref="PerSection"/> pages each. A page has the front matter an editor writes, an example
/// page's text, a table, links to three other generated pages (one to a heading) and, every
/// <see cref="QuizEvery"/> pages, a quiz whose questions link back to the page.
/// </summary>
internal static class GeneratedPages
{
    /// <summary>Pages in each section.</summary>
    public const int PerSection = 50;

    /// <summary>Every this many pages, one has a quiz.</summary>
    public const int QuizEvery = 20;

    /// <summary>Topics at the top of <c>content/bench/</c>, each holding every tenth section.</summary>
    public const int Topics = 10;

    /// <summary>The heading of the table every generated page has, which links and quizzes point to.</summary>
    public const string TableHeading = "Who to tell about a worry";

    /// <summary>That heading's anchor, as SiteGen, Hugo and the Eleventy corpus make it.</summary>
    public const string TableAnchor = "who-to-tell-about-a-worry";

    /// <summary>Every generated file, relative to <c>content/</c>, with its Markdown.</summary>
    public static IEnumerable<(string Path, string Markdown)> All(int pages, IReadOnlyList<(string Title, string Body)> bodies)
    {
        var sections = (pages + PerSection - 1) / PerSection;
        yield return ("bench/index.md", FrontMatter("Benchmark guide", "Generated pages for the benchmark, in topics and sections.", 100, sequence: false) +
            "Pages generated for the benchmark from the example site's text.\n");
        for (var t = 0; t < Math.Min(Topics, sections); t++)
        {
            yield return ($"bench/{Topic(t)}/index.md", FrontMatter($"Topic {t + 1}", $"Sections of generated pages, topic {t + 1}.", t, sequence: false) +
                "A topic of the benchmark guide.\n");
        }

        for (var s = 0; s < sections; s++)
        {
            yield return ($"bench/{Topic(s % Topics)}/{Section(s)}/index.md", FrontMatter($"Section {s + 1}", $"Generated pages, section {s + 1}.", s, sequence: true) +
                "A section of the benchmark guide. Read its pages in order.\n");
        }

        for (var i = 0; i < pages; i++)
        {
            var (title, body) = bodies[i % bodies.Count];
            yield return (PagePath(i), Page(i, pages, title, body, bodies));
        }
    }

    /// <summary>A generated page's file, relative to <c>content/</c>.</summary>
    public static string PagePath(int i) => $"bench/{Topic(i / PerSection % Topics)}/{Section(i / PerSection)}/{PageFile(i)}";

    /// <summary>A generated page's title line as its front matter writes it.</summary>
    public static string TitleLine(string title, int i) => $"title: \"{Title(title, i)}\"";

    private static string Page(int i, int pages, string title, string body, IReadOnlyList<(string Title, string Body)> bodies)
    {
        var text = new StringBuilder(FrontMatter(Title(title, i), $"What the example page '{title.Replace("'", "", StringComparison.Ordinal)}' says, as page {i} of the benchmark.", i % PerSection, sequence: false));
        text.Append(body).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"""
            ## {TableHeading}

            | If | Who to tell | When |
            | --- | --- | --- |
            | A child is in danger now | The police on 999 | Straight away |
            | You are worried about a child | The children's social care front door | The same day |
            | You are not sure | Your designated safeguarding lead | Before the end of the day |


            """);
        if (i % QuizEvery == QuizEvery - 1)
        {
            text.Append(Quiz(i));
        }

        text.Append("## More pages in this guide\n\n");
        foreach (var (j, anchor) in new[] { ((i + 1) % pages, ""), ((i + pages - 7) % pages, "#" + TableAnchor), ((i * 37 + 11) % pages, "") })
        {
            var (other, _) = bodies[j % bodies.Count];
            text.Append(CultureInfo.InvariantCulture, $"- [{Title(other, j)}]({Link(i, j)}{anchor})\n");
        }

        return text.ToString();
    }

    private static string Quiz(int i) => $"""
        ```quiz
        id: bench-{i:00000}
        title: Check what you know
        intro: Answer these questions to see what you remember. Nobody else sees your answers.
        questions:
          - id: first-step
            kind: single
            question: You are worried about a child. What should you do first?
            options:
              - id: wait
                text: Wait until you are sure
                feedback: You do not need to be sure. Share the worry.
              - id: tell
                text: Tell your designated safeguarding lead the same day
                correct: true
              - id: ask
                text: Ask the child to prove it
                feedback: A child does not have to prove anything.
            explanation: Share a worry the same day. You do not need proof.
            learn_more: {PageFile(i)}#{TableAnchor}
          - id: signs
            kind: multiple
            question: Which of these can be signs of exploitation?
            options:
              - id: gifts
                text: New gifts or money that nobody can explain
                correct: true
              - id: older-friends
                text: Older friends the family does not know
                correct: true
              - id: homework
                text: Handing in homework on time
            explanation: Gifts nobody can explain and older friends nobody knows are both signs.
            learn_more: {PageFile(i)}#{TableAnchor}
          - id: never-their-fault
            kind: true-false
            question: A child who agreed to meet an adult shares the blame for what happened.
            answer: false
            true_feedback: A child is never to blame for their abuse.
            false_feedback: That is right. The adult is to blame.
            explanation: A child cannot consent to their own exploitation.
            learn_more: {PageFile(i)}#{TableAnchor}
          - id: jo
            kind: scenario
            scenario: |
              Jo is 14. Jo has gone missing twice this month and came back with a new phone.
            questions:
              - id: jo-next
                kind: single
                question: What should happen next?
                options:
                  - id: share
                    text: Share the worry with the front door
                    correct: true
                  - id: nothing
                    text: Nothing, because Jo came back
                explanation: Going missing and new things are both signs. Share them.
                learn_more: {PageFile(i)}#{TableAnchor}
        ```


        """;

    private static string Link(int from, int to)
    {
        int section = from / PerSection, other = to / PerSection;
        return section == other ? PageFile(to)
            : section % Topics == other % Topics ? $"../{Section(other)}/{PageFile(to)}"
            : $"../../{Topic(other % Topics)}/{Section(other)}/{PageFile(to)}";
    }

    private static string Title(string title, int i) => $"{title.Replace("\"", "'", StringComparison.Ordinal)} ({i})";

    private static string Topic(int t) => $"t{t:00}";

    private static string Section(int s) => $"s{s:000}";

    private static string PageFile(int i) => $"p{i:00000}.md";

    private static string FrontMatter(string title, string summary, int order, bool sequence) => string.Create(CultureInfo.InvariantCulture, $"""
        ---
        title: "{title}"
        summary: "{summary}"
        audience: [professionals]
        order: {order}
        tags: [benchmark, exploitation, safeguarding]
        reviewed: 2026-11-01
        review_due: 2027-11-01
        owner: Partnership CSE lead
        sources:
          - document: The example site's pages
            part: Their text, repeated for the benchmark
        {(sequence ? "sequence: true\n" : "")}---


        """);
}

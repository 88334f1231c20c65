using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Scaffolding;

/// <summary>New content files with their front matter filled in, so an editor starts from a page that already builds.</summary>
public static partial class ContentScaffold
{
    /// <summary>Where under content/ a new file of the kind goes: a module is a folder, its start page the folder's index.</summary>
    public static string FileFor(ContentKind kind, string relativePath)
    {
        var path = relativePath.Replace('\\', '/').Trim('/');
        if (path.StartsWith("content/", StringComparison.Ordinal))
        {
            path = path["content/".Length..];
        }

        if (path.EndsWith(".md", StringComparison.Ordinal))
        {
            path = path[..^3];
        }

        return kind == ContentKind.Module && Path.GetFileName(path) != "index" ? path + "/index.md" : path + ".md";
    }

    /// <summary>The text of a new file of the given kind at <paramref name="relativePath"/> (under content/).</summary>
    /// <param name="kind">What to create.</param>
    /// <param name="relativePath">The file under content/, as <see cref="FileFor"/> gives it.</param>
    /// <param name="today">The review date to start from.</param>
    /// <param name="audiences">The site's audience ids, so the new file uses ones that exist.</param>
    /// <param name="level">For a module: the training level it trains to.</param>
    public static string Create(ContentKind kind, string relativePath, DateOnly today, IReadOnlyList<string> audiences, string level = "level-1")
    {
        var name = Path.GetFileNameWithoutExtension(relativePath);
        var title = kind == ContentKind.Module && name == "quiz" ? "Check what you know" : name == "index" ? Humanise(Path.GetFileName(Path.GetDirectoryName(relativePath)) ?? "Section") : Humanise(name);
        var band = AgeBand().Match(relativePath);
        var (preferred, extra, body) = kind switch
        {
            ContentKind.Lesson => ("schools", "", LessonBody),
            ContentKind.Module when name == "quiz" => ("professionals", $"order: 1\nmodule: {ModuleId(relativePath)}\n", ModuleQuizBody),
            ContentKind.Module => ("professionals", $"sequence: true\nmodule: {ModuleId(relativePath)}\nlevel: {level}\n", ModuleBody),
            _ => ("parents", "", PageBody),
        };
        var audience = audiences.Contains(preferred) ? preferred : audiences.FirstOrDefault() ?? preferred;
        if (band.Success)
        {
            extra += $"age_band: [{band.Value}]\n";
        }

        var text = new StringBuilder()
            .Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {title}\n")
            .Append("summary: One or two sentences on what this page is for. Shown in search results and page lists.\n")
            .Append(CultureInfo.InvariantCulture, $"# Audiences in site.yaml: {string.Join(", ", audiences)}. Young people's pages also need age_band.\n")
            .Append(CultureInfo.InvariantCulture, $"audience: [{audience}]\n")
            .Append(extra)
            .Append(CultureInfo.InvariantCulture, $"reviewed: {today:yyyy-MM-dd}\n")
            .Append(CultureInfo.InvariantCulture, $"review_due: {today.AddYears(1):yyyy-MM-dd}\n")
            .Append("owner: Partnership CSE lead\n")
            .Append("sources:\n")
            .Append("  - document: The source document's title\n")
            .Append("    part: The section the facts come from\n")
            .Append("---\n\n")
            .Append(body.Replace("id: module-quiz", $"id: {ModuleId(relativePath)}-quiz", StringComparison.Ordinal));
        return text.ToString();
    }

    /// <summary>The files a new module needs besides its start page: a module ends in a quiz.</summary>
    public static string QuizFileFor(string startPage) => startPage[..^"index.md".Length] + "quiz.md";

    // The module's folder name is its id.
    private static string ModuleId(string relativePath) => Path.GetFileName(Path.GetDirectoryName(relativePath))!.ToLowerInvariant();

    private static string Humanise(string slug)
    {
        var words = slug.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "New page" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"\b(9-11|11-14|14-16|16-18)\b")]
    private static partial Regex AgeBand();

    private const string PageBody = """
        Write the page here. Start headings at `##`: the title above is the page's heading.

        ## Where to get help

        If a child is in danger now, call {{contact:emergency}}.
        Young people can talk to {{contact:childline}}.
        If you are worried about a child, call {{contact:front_door}}.

        """;

    private const string LessonBody = """
        ## Learning objectives

        - 

        ## Learning outcomes

        By the end of the lesson pupils can:

        - 

        ## Timing

        | Activity | Minutes |
        | --- | --- |
        | Ground rules | 5 |
        | Starter | 10 |
        | Main activity | 25 |
        | Plenary and signposting | 10 |

        ## Ground rules

        Agree the group's ground rules before starting: no personal stories, it is fine to pass, respect what others say, and questions can be asked privately afterwards.

        ## Main activity

        Use fictional characters so that nobody has to talk about themselves.

        ## Discussion questions

        1. 

        ## If a pupil tells you something

        Listen, do not promise to keep it secret, and tell your designated safeguarding lead straight away.

        ## Signposting

        Tell pupils they can talk to a trusted adult or {{contact:childline}}.

        """;

    private const string ModuleBody = """
        Say what the module is for. Its pages are listed above this text with the time each
        takes: add them to this folder with `module:` set to this module's id and an `order:`,
        and keep the quiz page last.

        ## Who it is for

        Say who should take this module.

        ## Before you start

        Say what learners need to know or have to hand.

        """;

    private const string ModuleQuizBody = """
        Answer the questions to check what you have learned. When you pass, you can get your
        certificate and download your completion record for your training lead.

        ```quiz
        id: module-quiz
        title: Check what you know
        confidence:
          - id: confidence
            question: How confident are you that you could recognise the signs that a child is being exploited?
            scale: [Not at all confident, A little confident, Fairly confident, Confident, Very confident]
        questions:
          - id: first-question
            kind: single
            question: Write the question here.
            options:
              - id: right
                text: The right answer
                correct: true
                feedback: Say why it is right.
              - id: wrong
                text: A wrong answer
                feedback: Say why it is wrong, without blaming anyone.
            explanation: Explain the answer.
            learn_more: index.md
        ```

        """;
}

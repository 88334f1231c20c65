using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using SiteGen.Configuration;
using SiteGen.Markdown.Callouts;
using SiteGen.Markdown.Contacts;
using SiteGen.Markdown.Pictures;
using SiteGen.Markdown.Tables;
using SiteGen.Quizzes;

namespace SiteGen.Markdown;

/// <summary>Builds the one Markdig pipeline a site's content is read with.</summary>
public static class ContentPipeline
{
    /// <summary>
    /// The extensions users expect (tables, footnotes, GitHub-style heading ids, definition lists
    /// for the glossary) and ours (callouts, contact placeholders). Task lists stay off: a
    /// checkbox that does nothing confuses readers. Raw HTML is parsed so that it can be reported
    /// when not allowed, rather than silently printed as text.
    /// </summary>
    /// <param name="config">The site's settings.</param>
    /// <param name="language">A language code from <c>languages:</c> for its pages, whose contacts print in it; null for the site's own.</param>
    /// <param name="quizWords">
    /// What quizzes say on its pages (the theme's words in <paramref name="language"/>); none for a
    /// pipeline that only parses, whose quizzes would print each word's key.
    /// </param>
    public static MarkdownPipeline Create(SiteConfig config, string? language = null, QuizWords? quizWords = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UsePipeTables()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCallouts()
            .UseContactPlaceholders(language is null ? config.Contacts : config.Contacts.ToDictionary(c => c.Key, c => c.Value.In(language)))
            .UseQuizzes(quizWords ?? new QuizWords(new Dictionary<string, string>(), forScript: false))
            .UsePictureRows();
        builder.Extensions.AddIfNotAlready<ScrollableTableExtension>(); // after the tables extension, whose renderer it replaces

        if (config.Markdown.SmartPunctuation)
        {
            builder.UseSmartyPants();
        }

        return builder.Build();
    }

    /// <summary>Adds <c>:::</c> callouts.</summary>
    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<CalloutExtension>();
        return builder;
    }

    /// <summary>Renders easy-read picture rows, written as <c>::: picture name what it shows</c>.</summary>
    public static MarkdownPipelineBuilder UsePictureRows(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<PictureRowExtension>();
        return builder;
    }

    /// <summary>Renders quizzes written as <c>```quiz</c> fenced blocks, saying <paramref name="words"/>.</summary>
    public static MarkdownPipelineBuilder UseQuizzes(this MarkdownPipelineBuilder builder, QuizWords words)
    {
        if (!builder.Extensions.Contains<QuizExtension>())
        {
            builder.Extensions.Add(new QuizExtension(words));
        }

        return builder;
    }

    /// <summary>Adds <c>{{contact:id}}</c> placeholders printed from <paramref name="contacts"/>.</summary>
    public static MarkdownPipelineBuilder UseContactPlaceholders(this MarkdownPipelineBuilder builder, IReadOnlyDictionary<string, Contact> contacts)
    {
        if (!builder.Extensions.Contains<ContactPlaceholderExtension>())
        {
            builder.Extensions.Add(new ContactPlaceholderExtension(contacts));
        }

        return builder;
    }
}

using Markdig.Syntax;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Quizzes;

/// <summary>Reads a fenced <c>quiz</c> block's YAML, with line numbers true to the Markdown file.</summary>
public static class QuizReader
{
    /// <summary>The info string that marks a fenced block as a quiz.</summary>
    public const string FenceInfo = "quiz";

    /// <summary>True for a fenced block written <c>```quiz</c>.</summary>
    public static bool IsQuiz(FencedCodeBlock block) => block.Info == FenceInfo;

    /// <summary>Reads and validates the quiz; null when it has errors (they are reported).</summary>
    public static QuizDefinition? Read(FencedCodeBlock block, ContentFile file, int defaultPassMark, DiagnosticBag diagnostics)
    {
        // Its own bag: pages are parsed in parallel, and another page's error reported meanwhile
        // into the shared one must not make this quiz count as broken.
        var found = new DiagnosticBag();
        try
        {
            // The block's first line of YAML is the line after the fence.
            var binder = new YamlBinder(file.DisplayPath, block.Line + 1, found, "quiz");
            var definition = binder.Read<QuizDefinition>(block.Lines.ToString());
            if (definition is null)
            {
                return null;
            }

            QuizValidator.Validate(definition, defaultPassMark, found);
            return found.HasErrors ? null : definition;
        }
        finally
        {
            foreach (var diagnostic in found.Items)
            {
                diagnostics.Add(diagnostic);
            }
        }
    }
}

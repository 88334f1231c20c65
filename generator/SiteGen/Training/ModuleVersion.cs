using System.Security.Cryptography;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Quizzes;

namespace SiteGen.Training;

/// <summary>
/// A module's version: a hash of what its learner reads and answers. It is taken from the pages'
/// source and the quiz as built rather than from the HTML, so the web build and the copy built
/// for disk (whose links differ) share a version, and a theme change does not make a new one.
/// </summary>
public static class ModuleVersion
{
    /// <summary>Sixteen hex digits of the SHA-256 of the module's id, level, page sources and quiz.</summary>
    public static string Of(string id, TrainingLevel level, Page start, IReadOnlyList<ModulePage> pages, QuizBlock quiz)
    {
        var text = new StringBuilder();
        text.Append("module\n").Append(id).Append('\n').Append(level.Id).Append('\n');
        foreach (var page in pages.Select(p => p.Page).Prepend(start))
        {
            // Line endings normalised, so a checkout on Windows builds the same version.
            var source = page.SourceText.Replace("\r\n", "\n", StringComparison.Ordinal);
            text.Append("page\n").Append(page.Source.RelativePath).Append('\n').Append(source.Length).Append('\n').Append(source).Append('\n');
        }

        text.Append("quiz\n").Append(quiz.PassMark).Append('\n').Append(QuizData.Version(quiz));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}

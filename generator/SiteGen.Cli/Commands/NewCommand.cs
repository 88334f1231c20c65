using System.CommandLine;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Scaffolding;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen new page|lesson|module &lt;path&gt;</c>: a new content file with its front matter filled in.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var kind = new Argument<string>("kind") { Description = "page, lesson or module." };
        kind.AcceptOnlyFromAmong("page", "lesson", "module");
        var path = new Argument<string>("path") { Description = "Where under content/ (for example help/talking-to-your-child)." };

        var command = new Command("new", "Create a content file with its front matter filled in.") { config, kind, path };
        command.SetAction(parsed =>
        {
            var contentKind = Enum.Parse<ContentKind>(parsed.GetValue(kind)!, ignoreCase: true);
            var relative = ContentScaffold.FileFor(contentKind, parsed.GetValue(path)!);
            var siteRoot = parsed.GetValue(config)!.Directory!.FullName;
            var contentRoot = Path.Combine(siteRoot, "content");
            var target = Path.GetFullPath(Path.Combine(contentRoot, relative));
            if (!target.StartsWith(contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.Split('/').Contains(".."))
            {
                error.WriteLine($"sitegen new: '{relative}' is outside content/. Give a path under content/, such as help/new-page.");
                return SiteGenCommand.UsageError;
            }

            if (File.Exists(target))
            {
                error.WriteLine($"sitegen new: content/{relative} already exists; nothing was changed.");
                return SiteGenCommand.ContentErrors;
            }

            // The site's own audiences, so the new page uses ids that exist; the defaults if site.yaml cannot be read.
            var siteConfig = SiteConfigLoader.Load(parsed.GetValue(config)!.FullName, "site.yaml", new DiagnosticBag());
            string[] audiences = siteConfig is null ? ["young-people", "parents", "schools", "professionals"] : [.. siteConfig.Audiences.Select(a => a.Id)];
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var today = DateOnly.FromDateTime(DateTime.Today);
            var level = siteConfig?.Training.Levels.FirstOrDefault()?.Id ?? "level-1";
            File.WriteAllText(target, ContentScaffold.Create(contentKind, relative, today, audiences, level));
            output.WriteLine($"Created content/{relative}. Fill in its summary, audience and sources, then run 'sitegen check'.");
            if (contentKind == ContentKind.Module && ContentScaffold.QuizFileFor(relative) is var quiz && !File.Exists(Path.Combine(contentRoot, quiz)))
            {
                // A module ends in a quiz; without one it would not build.
                File.WriteAllText(Path.Combine(contentRoot, quiz), ContentScaffold.Create(contentKind, quiz, today, audiences, level));
                output.WriteLine($"Created content/{quiz}, the module's quiz: give it its own id and write its questions.");
            }

            return SiteGenCommand.Success;
        });
        return command;
    }
}

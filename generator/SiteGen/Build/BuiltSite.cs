using System.Collections.Concurrent;
using SiteGen.Checks;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Build;

/// <summary>What a successful build made, kept by <see cref="PreviewBuild"/> to update one page of it.</summary>
/// <param name="Loaded">The site as loaded and assembled.</param>
/// <param name="Facts">What the check stage read of each rendered page, in the order the build rendered them.</param>
/// <param name="Files">Every file of the finished site but its pages, which were written as they were rendered.</param>
/// <param name="OutputPaths">The path of every file of the finished site, its pages' included.</param>
/// <param name="Checker">The content checks, their patterns compiled, for a changed page.</param>
/// <param name="RenderedFindings">What the checks of the finished pages found (<see cref="RenderedPageChecker"/>), to replace when pages are made again.</param>
internal sealed record BuiltSite(LoadedSite Loaded, List<PageFacts> Facts, List<OutputFile> Files, IReadOnlySet<string> OutputPaths,
    ContentChecker Checker, List<Diagnostic> RenderedFindings)
{
    /// <summary>The theme's templates each page was made with, by site path: a template edit renders only the pages that use it.</summary>
    public ConcurrentDictionary<string, IReadOnlySet<string>> Templates { get; init; } = new(StringComparer.Ordinal);
}

using SiteGen.Checks;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Build;

/// <summary>What a successful build made, kept by <see cref="PreviewBuild"/> to update one page of it.</summary>
/// <param name="Loaded">The site as loaded and assembled.</param>
/// <param name="Rendered">Every rendered page, in the order the build rendered them.</param>
/// <param name="Facts">What the check stage read of each rendered page, in the same order.</param>
/// <param name="Files">Every file of the finished site.</param>
/// <param name="OutputPaths">The path of every file of the finished site.</param>
/// <param name="Checker">The content checks, their patterns compiled, for a changed page.</param>
internal sealed record BuiltSite(LoadedSite Loaded, List<RenderedPage> Rendered, List<PageFacts> Facts, List<OutputFile> Files, IReadOnlySet<string> OutputPaths,
    ContentChecker Checker);

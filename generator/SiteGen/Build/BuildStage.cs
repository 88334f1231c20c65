namespace SiteGen.Build;

/// <summary>The stages of a build, in the order they run.</summary>
public enum BuildStage
{
    /// <summary>site.yaml, the theme and the list of content files.</summary>
    Load,

    /// <summary>Front matter and Markdown, each file into a page.</summary>
    Parse,

    /// <summary>Sections, glossary, audience pages; cross-references resolved.</summary>
    Assemble,

    /// <summary>Markdown to HTML inside the theme's layouts.</summary>
    Render,

    /// <summary>The finished HTML read back: headings, images, every link.</summary>
    Check,

    /// <summary>Files written and swapped into the output folder.</summary>
    Emit,
}

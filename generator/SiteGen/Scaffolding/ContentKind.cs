namespace SiteGen.Scaffolding;

/// <summary>What <c>sitegen new</c> can create.</summary>
public enum ContentKind
{
    /// <summary>An ordinary page.</summary>
    Page,

    /// <summary>A lesson plan for teachers.</summary>
    Lesson,

    /// <summary>The start page of a staff training module.</summary>
    Module,
}

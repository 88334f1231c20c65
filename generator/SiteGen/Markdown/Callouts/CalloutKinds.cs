namespace SiteGen.Markdown.Callouts;

/// <summary>The callout kinds the theme styles.</summary>
public static class CalloutKinds
{
    /// <summary>All kinds, in order of urgency.</summary>
    public static readonly IReadOnlyList<string> All = ["danger", "warning", "help", "note"];
}

using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>How content Markdown is read.</summary>
public sealed class MarkdownSettings : YamlMapped
{
    /// <summary>Allow raw HTML in content. Off by default: raw HTML bypasses the theme's accessibility and CSP.</summary>
    public bool AllowHtml { get; init; }

    /// <summary>Turn straight quotes and dashes into typographic ones.</summary>
    public bool SmartPunctuation { get; init; }
}

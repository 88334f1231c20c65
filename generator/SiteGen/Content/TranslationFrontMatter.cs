using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>
/// The front matter of a translation (<c>index.ur.md</c>): its own words and where it stands. Who
/// the page is for, its sources and review dates are the page's own, so they are not repeated.
/// </summary>
public sealed class TranslationFrontMatter : YamlMapped
{
    /// <summary>The title in the language.</summary>
    public required string Title { get; init; }

    /// <summary>The summary in the language.</summary>
    public required string Summary { get; init; }

    /// <summary>
    /// The fingerprint of the page's text this translates (<c>sitegen check</c> prints it): when
    /// the page changes, the translation is said to be out of date until it is checked again.
    /// </summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>What <see cref="NativeReview"/> says until a native speaker has checked the translation.</summary>
    public const string Pending = "pending";

    /// <summary>What <see cref="NativeReview"/> says once a native speaker has checked it.</summary>
    public const string Done = "done";

    /// <summary><see cref="Pending"/> until a native speaker has checked the translation, then <see cref="Done"/>.</summary>
    public string NativeReview { get; init; } = Pending;
}

using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>A service a reader can call or visit: the police, the front door, Childline.</summary>
public sealed class Contact : YamlMapped
{
    /// <summary>The name a reader knows it by.</summary>
    public required string Name { get; init; }

    /// <summary>The phone number as it should be printed (for example <c>0800 1111</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>A website, for services reached online.</summary>
    public string? Url { get; init; }

    /// <summary>When it is open, if not always.</summary>
    public string? Hours { get; init; }

    /// <summary>One short line on what it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Its words in the site's other languages, by language code (<c>ur</c>); the number is shared.</summary>
    public IReadOnlyDictionary<string, ContactWords> Translations { get; init; } = new Dictionary<string, ContactWords>();

    /// <summary>
    /// The contact as a page in <paramref name="language"/> shows it: its words in that language
    /// where site.yaml has them, its own words where not; null for the site's own language.
    /// </summary>
    public Contact In(string? language) =>
        language is not null && Translations.TryGetValue(language, out var words)
            ? new Contact { Name = words.Name, Phone = Phone, Url = Url, Hours = words.Hours ?? Hours, Description = words.Description ?? Description }
            : this;

    /// <summary>
    /// The number as a page shows it: its spaces non-breaking, so that on a narrow phone screen
    /// "0800 1111" is never split across two lines.
    /// </summary>
    public string? PhoneText => Phone?.Replace(' ', '\u00a0');

    /// <summary>The number as a <c>tel:</c> link target, digits and a leading plus only.</summary>
    public string? TelHref => Phone is null ? null : "tel:" + new string([.. Phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
}

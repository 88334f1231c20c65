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

    /// <summary>
    /// The number as a page shows it: its spaces non-breaking, so that on a narrow phone screen
    /// "0800 1111" is never split across two lines.
    /// </summary>
    public string? PhoneText => Phone?.Replace(' ', '\u00a0');

    /// <summary>The number as a <c>tel:</c> link target, digits and a leading plus only.</summary>
    public string? TelHref => Phone is null ? null : "tel:" + new string([.. Phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
}

using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Configuration;

/// <summary>
/// Finds phone numbers still in Ofcom's drama range (01632 960000 to 960999), which the example
/// site.yaml uses so that nobody publishes a real-looking but wrong number by accident.
/// </summary>
public static partial class PlaceholderContacts
{
    /// <summary>Warns of each placeholder number (<c>--strict</c> makes warnings fail the build).</summary>
    public static void Check(SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var (id, contact) in config.Contacts)
        {
            if (contact.Phone is { } phone && DramaRange().IsMatch(phone))
            {
                diagnostics.Warning(DiagnosticCodes.PlaceholderContact, contact.LocationOf(nameof(Contact.Phone)),
                    $"Contact '{id}' still has the example number {phone} (Ofcom's drama range, not a real line).",
                    "Put in the partnership's real number before publishing.");
            }
        }
    }

    [GeneratedRegex(@"^\s*(\+44\s*\(?0?\)?\s*|0)1632\s*960\s*\d{3}\s*$")]
    private static partial Regex DramaRange();
}

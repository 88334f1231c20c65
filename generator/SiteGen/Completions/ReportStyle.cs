using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Completions;

/// <summary>
/// The report's one stylesheet, and the Content-Security-Policy that allows exactly it: the
/// policy names the style's SHA-256, so the page runs under <c>default-src 'none'</c> with no
/// script and no other style.
/// </summary>
internal static class ReportStyle
{
    public const string Css = """

        :root { color: #1b1b1b; background: #ffffff; font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
        h2 { font-size: 1.5rem; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #1d4f91; }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        .meta { margin: 0.25rem 0; }
        .headline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        .headline li { border: 2px solid #1d4f91; padding: 0.75rem 1rem; min-width: 12rem; }
        .figure { display: block; font-size: 2.25rem; font-weight: bold; line-height: 1.1; }
        .pair { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .pair > * { flex: 1 1 22rem; min-width: 0; }
        svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { border-bottom-width: 2px; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #1b1b1b; }
        .note { border-left: 4px solid #1d4f91; padding-left: 0.75rem; }
        @page { size: A4; margin: 15mm; }
        @media print {
          :root { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          h2 { break-before: auto; break-after: avoid; }
          h3, caption { break-after: avoid; }
          tr, li, svg { break-inside: avoid; }
          thead { display: table-header-group; }
          .pair { display: block; }
        }

        """;

    /// <summary>The policy for the report's meta element.</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'";
}

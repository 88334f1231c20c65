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

        :root { color: #0b0c0c; background: #ffffff; font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem 1rem 3rem; overflow-wrap: break-word; }
        h1 { font-size: 1.6rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; color: #3b2a6b; }
        h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; border-bottom: 2px solid #3b2a6b; }
        h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
        .meta { margin: 0.25rem 0; color: #4a5054; }
        .headline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
        .headline li { border: 2px solid #3b2a6b; border-top-width: 6px; padding: 0.75rem 1rem; min-width: 0; flex: 1 1 12rem; }
        .figure { display: block; font-size: 1.75rem; font-weight: bold; line-height: 1.2; color: #3b2a6b; }
        .rag__status { display: block; margin-top: 0.5rem; padding: 0.125rem 0.5rem; font-weight: bold; width: fit-content; border: 2px solid currentcolor; }
        .rag--green { border-top-color: #00703c; } .rag--green .rag__status { color: #005a30; background: #e6f3ec; }
        .rag--amber { border-top-color: #b35c00; } .rag--amber .rag__status { color: #6e3600; background: #fff2e0; }
        .rag--red { border-top-color: #d4351c; } .rag--red .rag__status { color: #942514; background: #fbe9e6; }
        .change { display: block; margin-top: 0.25rem; color: #4a5054; }
        .chart { margin: 0.5rem 0 1rem; }
        .chart svg { display: block; width: 100%; max-width: 22.5rem; height: auto; }
        .table-wrap { overflow-x: auto; max-width: 100%; margin: 0.5rem 0 1.5rem; }
        .table-wrap:focus { outline: 3px solid #0b0c0c; outline-offset: 3px; box-shadow: 0 0 0 3px #ffdd00; }
        table { border-collapse: collapse; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; max-width: calc(100vw - 2rem); }
        th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { border-bottom-width: 2px; background: #f3f0f9; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        .wide { min-width: 14rem; }
        tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #0b0c0c; }
        .note { border-left: 4px solid #3b2a6b; padding-left: 0.75rem; }
        @media (min-width: 40em) {
          body { padding: 1rem 1.25rem 3rem; }
          h1 { font-size: 2rem; }
          .chart svg { max-width: 27rem; }
        }
        @page { size: A4; margin: 15mm; }
        @media print {
          :root { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          h2, h3, caption { break-after: avoid; }
          h2 + p, h3 + p { break-before: avoid; }
          tr, li, .chart { break-inside: avoid; }
          .chart { break-after: avoid; }
          h3 + .chart, h3 + p + .chart { break-before: avoid; }
          thead { display: table-header-group; }
          .table-wrap { overflow: visible; }
        }

        """;

    /// <summary>The policy for the report's meta element.</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'";
}

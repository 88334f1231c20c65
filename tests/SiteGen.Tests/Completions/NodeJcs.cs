using SiteGen.Tests.Support;

namespace SiteGen.Tests.Completions;

/// <summary>
/// JavaScript's own answer: canonical forms and SHA-256 checksums computed by node with
/// JSON.parse, JSON.stringify and a key sort by UTF-16 code units, as the browser will compute
/// them. node is on every machine that builds SiteGen (the build runs npm), so it is required.
/// </summary>
internal static class NodeJcs
{
    private const string Script = """
        const crypto = require('crypto');
        const canon = v => v === null || typeof v !== 'object' ? JSON.stringify(v)
          : Array.isArray(v) ? '[' + v.map(canon).join(',') + ']'
          : '{' + Object.keys(v).sort().map(k => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
        let input = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', d => input += d);
        process.stdin.on('end', () => {
          const out = JSON.parse(input).map(v => {
            if (v && typeof v === 'object' && !Array.isArray(v) && 'checksum' in v) { v = { ...v }; delete v.checksum; }
            const text = canon(v);
            return { canonical: text, sha256: crypto.createHash('sha256').update(text, 'utf8').digest('hex') };
          });
          process.stdout.write(JSON.stringify(out));
        });
        """;

    /// <summary>For each value of a JSON array (given as text), its canonical form and SHA-256 (a record's without its checksum).</summary>
    public static IReadOnlyList<(string Canonical, string Sha256)> Canonicalize(string jsonArray)
    {
        var output = NodeProcess.Run(["-e", Script], jsonArray, TimeSpan.FromMinutes(1), "these tests check the checksum against JavaScript's own JSON.");
        using var reply = System.Text.Json.JsonDocument.Parse(output);
        return [.. reply.RootElement.EnumerateArray().Select(e => (e.GetProperty("canonical").GetString()!, e.GetProperty("sha256").GetString()!))];
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Text;

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
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(Script);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node must be on PATH: these tests check the checksum against JavaScript's own JSON.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(jsonArray);
            process.StandardInput.Close();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "node did not finish within a minute");
            Assert.True(process.ExitCode == 0, $"node failed: {error.Result}");
            using var reply = System.Text.Json.JsonDocument.Parse(output.Result);
            return [.. reply.RootElement.EnumerateArray().Select(e => (e.GetProperty("canonical").GetString()!, e.GetProperty("sha256").GetString()!))];
        }
    }
}

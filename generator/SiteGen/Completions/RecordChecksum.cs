using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SiteGen.Completions;

/// <summary>
/// A completion record's checksum: <c>sha256:</c> and the lowercase hex SHA-256 of the record
/// without its <c>checksum</c> member, canonicalised by RFC 8785 and encoded as UTF-8
/// (docs/completion-record.md). It catches damage and casual edits; it is not a signature.
/// </summary>
public static class RecordChecksum
{
    /// <summary>The record member that holds the checksum.</summary>
    public const string Member = "checksum";

    /// <summary>What every checksum starts with.</summary>
    public const string Prefix = "sha256:";

    /// <summary>The checksum the record should carry.</summary>
    /// <param name="record">The record's root object, with or without its checksum.</param>
    public static string Compute(JsonElement record)
    {
        var canonical = JsonCanonicalizer.Canonicalize(record, omitMember: Member);
        // Lone surrogates were escaped by the canonicaliser, so the text encodes losslessly.
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

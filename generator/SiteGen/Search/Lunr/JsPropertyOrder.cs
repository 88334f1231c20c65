namespace SiteGen.Search.Lunr;

/// <summary>
/// The order in which JavaScript enumerates an object's own string keys (<c>Object.keys</c>,
/// <c>for…in</c>, <c>JSON.stringify</c>): keys that are array indices ("0" to "4294967294",
/// written canonically) first in ascending numeric order, then every other key in insertion order.
/// lunr keeps fields and document refs as object keys, so this decides the order of terms and
/// of the serialised postings.
/// </summary>
internal static class JsPropertyOrder
{
    private const ulong MaxArrayIndex = 4_294_967_294;

    /// <summary>Returns <paramref name="keysInInsertionOrder"/> in JavaScript's enumeration order.</summary>
    public static List<string> Order(IEnumerable<string> keysInInsertionOrder)
    {
        var indices = new List<(ulong Index, string Key)>();
        var others = new List<string>();
        foreach (var key in keysInInsertionOrder)
        {
            if (TryGetArrayIndex(key, out var index))
            {
                indices.Add((index, key));
            }
            else
            {
                others.Add(key);
            }
        }

        if (indices.Count == 0)
        {
            return others;
        }

        indices.Sort((a, b) => a.Index.CompareTo(b.Index));
        var ordered = new List<string>(indices.Count + others.Count);
        ordered.AddRange(indices.Select(entry => entry.Key));
        ordered.AddRange(others);
        return ordered;
    }

    /// <summary>Whether <paramref name="key"/> is an array index, and which.</summary>
    public static bool TryGetArrayIndex(string key, out ulong index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            index = (index * 10) + (ulong)(c - '0');
        }

        return index <= MaxArrayIndex;
    }
}

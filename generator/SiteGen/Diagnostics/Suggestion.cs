namespace SiteGen.Diagnostics;

/// <summary>"Did you mean …?": the known name closest to a misspelt one, when it is close enough to be a typo.</summary>
public static class Suggestion
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="wrong"/>, or null when none is near.</summary>
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, wrong.Length / 3) ? best : null;
    }

    /// <summary>A fix text for diagnostics, or null when nothing is near.</summary>
    public static string? DidYouMean(string wrong, IEnumerable<string> known) =>
        Closest(wrong, known) is { } closest ? $"Did you mean '{closest}'?" : null;

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

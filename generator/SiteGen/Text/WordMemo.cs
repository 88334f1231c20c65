using System.Collections.Concurrent;

namespace SiteGen.Text;

/// <summary>
/// Remembers what a costly function of a word gave, from any thread. A site repeats a few
/// thousand words many times over; the limit keeps a long-running serve's memory bounded.
/// </summary>
/// <typeparam name="T">What the function gives.</typeparam>
/// <param name="of">The function.</param>
internal sealed class WordMemo<T>(Func<string, T> of)
{
    private const int Limit = 200_000;
    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    /// <summary>What the function gives for <paramref name="word"/>, worked out once.</summary>
    public T this[string word]
    {
        get
        {
            if (_known.TryGetValue(word, out var known))
            {
                return known;
            }

            var value = of(word);
            if (_known.Count < Limit)
            {
                _known.TryAdd(word, value);
            }

            return value;
        }
    }
}

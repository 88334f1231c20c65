using System.Collections.Concurrent;

namespace SiteGen.Text;

/// <summary>
/// Remembers what a costly function of a word gave, from any thread. A site repeats a few
/// thousand words many times over; the limit keeps a long-running serve's memory bounded.
/// </summary>
/// <typeparam name="T">What the function gives.</typeparam>
internal sealed class WordMemo<T>
{
    private const int Limit = 200_000;
    // Many lock stripes: two threads meeting new words at once would otherwise wait on each other.
    private readonly ConcurrentDictionary<string, T> _known = new(Environment.ProcessorCount * 16, 1024, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Func<string, T> _of;
    private int _count; // ConcurrentDictionary.Count takes every lock: counted here instead

    /// <summary>Remembers what <paramref name="of"/> gives.</summary>
    /// <param name="of">The function.</param>
    public WordMemo(Func<string, T> of)
    {
        _of = of;
        _bySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>What the function gives for a word still inside its text: no string is made for a word already known.</summary>
    public T this[ReadOnlySpan<char> word] => _bySpan.TryGetValue(word, out var known) ? known : this[word.ToString()];

    /// <summary>What the function gives for <paramref name="word"/>, worked out once.</summary>
    public T this[string word]
    {
        get
        {
            if (_known.TryGetValue(word, out var known))
            {
                return known;
            }

            var value = _of(word);
            if (Volatile.Read(ref _count) < Limit && _known.TryAdd(word, value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}

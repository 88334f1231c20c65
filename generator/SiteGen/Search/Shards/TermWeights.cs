using System.Runtime.InteropServices;
using SiteGen.Search.Lunr;

namespace SiteGen.Search.Shards;

/// <summary>
/// The index's field vectors turned around: for each term and field, the documents that hold the
/// term there and its lunr weight in each, in document order, as a shard's entry lists them.
/// </summary>
internal static class TermWeights
{
    /// <summary>
    /// The weights of term <c>t</c> in field <c>f</c> at <c>[t * fields + f]</c>, in document order;
    /// null where no document has the term in that field.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="documents">How many documents it was built of (its vectors are checked against it).</param>
    public static (int Doc, double Weight)[]?[] Of(LunrIndex index, int documents)
    {
        var fields = index.Fields.Count;
        var vectors = index.FieldVectors;
        var (docOf, fieldOf) = Owners(index, documents);

        // The vectors come document by document, so two halves of them, counted and then written
        // side by side, with the first half's documents first in every list, keep each list in
        // document order. A build of thousands of pages has millions of weights.
        var slots = index.InvertedIndex.Count * fields;
        var middle = vectors.Count / 2;
        (int From, int To)[] halves = [(0, middle), (middle, vectors.Count)];
        var counts = new int[halves.Length][];
        Parallel.For(0, halves.Length, half =>
        {
            var count = counts[half] = new int[slots];
            for (var v = halves[half].From; v < halves[half].To; v++)
            {
                foreach (var element in Elements(vectors[v]))
                {
                    count[(element.TermIndex * fields) + fieldOf[v]]++;
                }
            }
        });

        var weights = new (int Doc, double Weight)[]?[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            var total = counts[0][slot] + counts[1][slot];
            weights[slot] = total == 0 ? null : new (int, double)[total];
        }

        Parallel.For(0, halves.Length, half =>
        {
            var next = half == 0 ? new int[slots] : counts[0]; // the second half writes after the first's
            for (var v = halves[half].From; v < halves[half].To; v++)
            {
                foreach (var element in Elements(vectors[v]))
                {
                    var slot = (element.TermIndex * fields) + fieldOf[v];
                    weights[slot]![next[slot]++] = (docOf[v], element.Score);
                }
            }
        });

        return weights;
    }

    // Each vector's document (numbered in order from 0) and field (by its place in the index's fields).
    private static (int[] Doc, int[] Field) Owners(LunrIndex index, int documents)
    {
        var fieldNumbers = index.Fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var docOf = new int[index.FieldVectors.Count];
        var fieldOf = new int[index.FieldVectors.Count];
        var doc = -1;
        string? lastRef = null;
        for (var v = 0; v < index.FieldVectors.Count; v++)
        {
            var fieldRef = index.FieldVectors[v].FieldRef;
            var slash = fieldRef.IndexOf('/', StringComparison.Ordinal);
            var docRef = fieldRef.AsSpan(slash + 1);
            if (lastRef is null || !docRef.SequenceEqual(lastRef))
            {
                lastRef = docRef.ToString();
                doc++;
            }

            docOf[v] = doc;
            fieldOf[v] = fieldNumbers[fieldRef[..slash]];
        }

        return doc + 1 == documents ? (docOf, fieldOf) : throw new InvalidOperationException($"The index has {doc + 1} documents' vectors for {documents} documents.");
    }

    private static ReadOnlySpan<LunrVectorElement> Elements(LunrFieldVector vector) => vector.Elements switch
    {
        List<LunrVectorElement> list => CollectionsMarshal.AsSpan(list),
        LunrVectorElement[] array => array,
        var other => other.ToArray(),
    };
}

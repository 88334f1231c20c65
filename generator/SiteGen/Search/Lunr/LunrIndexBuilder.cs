using System.Runtime.InteropServices;

namespace SiteGen.Search.Lunr;

/// <summary>
/// Builds a lunr index as lunr.js 2.3.9's <c>lunr.Builder</c>, set up by <c>lunr(config)</c>,
/// does: the same terms, term numbering, BM25 field vectors and serialised form, so that an index
/// built here loads with <c>lunr.Index.load</c> and ranks exactly as one built by lunr.js.
/// </summary>
/// <example>
/// <code>
/// var builder = new LunrIndexBuilder();
/// builder.Ref("id");
/// builder.Field("title", boost: 10);
/// builder.Field("body");
/// builder.Add(new Dictionary&lt;string, string?&gt; { ["id"] = "/help/", ["title"] = "Get help", ["body"] = "…" });
/// string json = builder.Build().ToJson();
/// </code>
/// </example>
/// <remarks>
/// Declare the ref and all fields first, then add documents. Postings carry no metadata (none
/// is whitelisted), so each is <c>{}</c>.
/// </remarks>
public sealed class LunrIndexBuilder
{
    private const string TermIndexKey = "_index";

    // lunr keeps these as JavaScript objects; OrderedDictionary keeps a key's first position
    // when its value is replaced, as an object property does.
    private readonly OrderedDictionary<string, double> fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> documentBoosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> postedRefs = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, FieldEntry> fieldEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostingBuilder> invertedIndex = new(StringComparer.Ordinal);
    private readonly List<PostingBuilder> postingsByTermIndex = [];
    private string referenceField = "id";
    private List<string>? fieldOrder;
    private double b = 0.75;
    private int termIndex;

    /// <summary>
    /// The pipeline that document text passes through: trimmer, stop-word filter, stemmer.
    /// </summary>
    public LunrPipeline Pipeline { get; init; } = LunrPipeline.CreateBuildPipeline();

    /// <summary>
    /// The pipeline recorded in the index for search terms: the stemmer. lunr.js must know
    /// every label in it, or <c>lunr.Index.load</c> throws.
    /// </summary>
    public LunrPipeline SearchPipeline { get; init; } = LunrPipeline.CreateSearchPipeline();

    /// <summary>The number of documents added, counting a repeated ref each time, as lunr does.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>
    /// Field-length normalisation, lunr's <c>b</c>: 0 turns it off, 1 normalises fully; values
    /// are clamped to [0, 1]. The default is 0.75.
    /// </summary>
    public double B
    {
        get => b;
        set => b = value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /// <summary>
    /// Term-frequency saturation, lunr's <c>k1</c>: higher saturates more slowly. The default is 1.2.
    /// </summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>
    /// Sets the document property that holds each document's ref (lunr's default is <c>"id"</c>).
    /// Call it before adding documents.
    /// </summary>
    /// <exception cref="InvalidOperationException">Documents have already been added.</exception>
    public void Ref(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        ThrowIfDocumentsAdded();
        referenceField = fieldName;
    }

    /// <summary>
    /// Adds a field to index in every document. Declaring a field again replaces its boost and
    /// keeps its place. Call it before adding documents.
    /// </summary>
    /// <param name="fieldName">The document property to index; it may not contain <c>/</c>.</param>
    /// <param name="boost">Multiplies the scores of terms in this field. As in lunr, 0 counts as 1.</param>
    /// <exception cref="ArgumentException">The name contains <c>/</c> or is <c>_index</c>.</exception>
    /// <exception cref="InvalidOperationException">Documents have already been added.</exception>
    public void Field(string fieldName, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Field '{fieldName}' contains illegal character '/'", nameof(fieldName));
        }

        if (fieldName == TermIndexKey)
        {
            throw new ArgumentException($"Field '{fieldName}' would clash with the term index of every posting", nameof(fieldName));
        }

        ThrowIfDocumentsAdded();
        fields[fieldName] = boost;
    }

    /// <summary>
    /// Indexes a document. A field that the document lacks, or holds as null, is indexed as
    /// empty: it still counts towards that field's average length, as in lunr. Properties that
    /// are not fields are ignored. Adding a ref again replaces that document's vectors and boost
    /// but, as in lunr, keeps its earlier postings and counts it twice.
    /// </summary>
    /// <param name="document">The document's properties: its ref and its fields' text.</param>
    /// <param name="boost">Multiplies the scores of all the document's terms. As in lunr, 0 counts as 1.</param>
    /// <exception cref="ArgumentException">The document has no ref.</exception>
    public void Add(IReadOnlyDictionary<string, string?> document, double boost = 1) => AddRange([document], boost);

    /// <summary>
    /// Indexes documents in order, as <see cref="Add"/> one after another would. Their text is run
    /// through the pipeline in parallel, which is most of the work; terms are then numbered and
    /// posted in document order, so the index is the same as lunr's, byte for byte.
    /// </summary>
    /// <param name="documents">Each document's properties: its ref and its fields' text.</param>
    /// <param name="boost">Multiplies the scores of all the documents' terms. As in lunr, 0 counts as 1.</param>
    /// <exception cref="ArgumentException">A document has no ref; none of them is added.</exception>
    public void AddRange(IReadOnlyList<IReadOnlyDictionary<string, string?>> documents, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var refs = documents.Select(d => d is not null && d.TryGetValue(referenceField, out var r) && r is not null
            ? r
            : throw new ArgumentException($"The document has no ref: its '{referenceField}' is missing or null.", nameof(documents))).ToList();
        var order = fieldOrder ??= JsPropertyOrder.Order(fields.Keys);

        // The pipeline's functions map a token's text to a term (or drop it) whatever else is in
        // the document, so each distinct word goes through them once: the stemmer is most of the cost.
        var terms = new Text.WordMemo<string?>(Pipeline.RunTerm);
        // Posting goes in document order, one after another; it takes each document as soon as
        // it is analysed, so that it runs while later documents are, not after them all.
        var analysed = documents.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(d => order.Select(f => Analyse(d.TryGetValue(f, out var value) ? value : null, terms)).ToList());
        var i = 0;
        foreach (var fieldsOfDocument in analysed)
        {
            Post(refs[i++], fieldsOfDocument, boost);
        }
    }

    private static AnalysedField Analyse(string? text, Text.WordMemo<string?> terms)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstSeen = new List<string>();
        var length = 0;
        foreach (var token in LunrTokenizer.Spans(text))
        {
            if (terms[token] is not { } term)
            {
                continue;
            }

            length++;
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out var seen);
            count++;
            if (!seen)
            {
                firstSeen.Add(term);
            }
        }

        var counts = new int[firstSeen.Count];
        for (var t = 0; t < counts.Length; t++)
        {
            counts[t] = frequencies[firstSeen[t]];
        }

        return new AnalysedField(length, firstSeen, counts);
    }

    // Terms are numbered in the order they first appear, document by document and field by
    // field, as lunr numbers them; a term's later appearances in a field add nothing to its posting.
    private void Post(string documentRef, List<AnalysedField> fieldsOfDocument, double boost)
    {
        documentBoosts[documentRef] = boost;
        DocumentCount++;
        var again = !postedRefs.Add(documentRef);

        for (var f = 0; f < fieldOrder!.Count; f++)
        {
            var fieldName = fieldOrder[f];
            var field = fieldsOfDocument[f];
            // Kept as term numbers, in the order the terms first appear, beside their counts: a
            // dictionary per field of every document was most of what a large site's index held.
            var terms = new int[field.Terms.Count];
            for (var t = 0; t < field.Terms.Count; t++)
            {
                var term = field.Terms[t];
                if (!invertedIndex.TryGetValue(term, out var posting))
                {
                    posting = new PostingBuilder(termIndex++, fieldOrder.Count);
                    invertedIndex[term] = posting;
                    postingsByTermIndex.Add(posting);
                }

                posting.Add(f, documentRef, again);
                terms[t] = posting.TermIndex;
            }

            fieldEntries[fieldName + "/" + documentRef] = new FieldEntry(documentRef, fieldName, field.Length, terms, field.Counts);
        }
    }

    /// <summary>
    /// Computes average field lengths and the BM25 field vectors, and returns the index.
    /// The builder can go on taking documents and build again.
    /// </summary>
    public LunrIndex Build()
    {
        var fieldNames = fieldOrder ?? JsPropertyOrder.Order(fields.Keys);
        var averageFieldLengths = CalculateAverageFieldLengths();
        foreach (var posting in invertedIndex.Values)
        {
            posting.Idf = InverseDocumentFrequency(posting, DocumentCount);
        }

        // Each field's vector depends only on its own entry: computed side by side, kept in order.
        var vectors = fieldEntries.Values.AsParallel().AsOrdered().Select(entry =>
        {
            var fieldBoost = OrOne(fields[entry.FieldName]);
            var documentBoost = OrOne(documentBoosts[entry.DocumentRef]);
            var averageLength = averageFieldLengths[entry.FieldName];
            var elements = new List<LunrVectorElement>(entry.Terms.Length);

            for (var t = 0; t < entry.Terms.Length; t++)
            {
                var posting = postingsByTermIndex[entry.Terms[t]];
                var idf = posting.Idf;

                // lunr's expression, evaluated in the same order so the doubles come out the same.
                double tf = entry.Frequencies[t];
                var score = idf * ((K1 + 1) * tf) / ((K1 * (1 - b + (b * (entry.Length / averageLength)))) + tf);
                score *= fieldBoost;
                score *= documentBoost;
                var scoreWithPrecision = JsNumber.Round(score * 1000) / 1000;
                elements.Add(new LunrVectorElement(posting.TermIndex, scoreWithPrecision));
            }

            elements.Sort((x, y) => x.TermIndex.CompareTo(y.TermIndex));
            return new LunrFieldVector(entry.FieldName + "/" + entry.DocumentRef, elements);
        }).ToList();

        // Sorted once; each term's posting (its documents in JavaScript's property order) is made
        // side by side, kept in term order.
        var sorted = invertedIndex.ToArray();
        Array.Sort(sorted, (x, y) => string.CompareOrdinal(x.Key, y.Key));
        var postings = sorted.AsParallel().AsOrdered()
            .Select(pair => pair.Value.ToPosting(pair.Key, fieldNames))
            .ToList();

        return new LunrIndex(fieldNames, vectors, postings, SearchPipeline.Labels);
    }

    // lunr.idf: the documents holding the term are counted once per field they hold it in.
    private static double InverseDocumentFrequency(PostingBuilder posting, int documentCount)
    {
        var documentsWithTerm = posting.DocumentsWithTermCount;
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return JsNumber.Log(1 + Math.Abs(x));
    }

    // JavaScript's `boost || 1`: 0 (either sign) and NaN are falsy.
    private static double OrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    private Dictionary<string, double> CalculateAverageFieldLengths()
    {
        var totals = new Dictionary<string, (long Length, int Documents)>(StringComparer.Ordinal);
        foreach (var entry in fieldEntries.Values)
        {
            var (length, documents) = totals.GetValueOrDefault(entry.FieldName);
            totals[entry.FieldName] = (length + entry.Length, documents + 1);
        }

        var averages = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (fieldName, (length, documents)) in totals)
        {
            averages[fieldName] = (double)length / documents;
        }

        return averages;
    }

    private void ThrowIfDocumentsAdded()
    {
        if (fieldOrder is not null)
        {
            throw new InvalidOperationException(
                "Declare the ref and fields before adding documents: lunr would otherwise build an inconsistent index.");
        }
    }

    // A field of a document: its length in terms, its terms in the order they first appear, and
    // how often each appears.
    private sealed record AnalysedField(int Length, List<string> Terms, int[] Counts);

    // A document's field as the index keeps it: its terms by number, in the order they first
    // appear, and how often each appears.
    private sealed record FieldEntry(string DocumentRef, string FieldName, int Length, int[] Terms, int[] Frequencies);

    private sealed class PostingBuilder(int termIndex, int fieldCount)
    {
        // The documents holding the term, field by field (by index in the field order); made
        // when the term first turns up in a field, as most terms are in one or two.
        private readonly List<string>?[] documentsByField = new List<string>?[fieldCount];

        public int TermIndex { get; } = termIndex;

        // lunr counts a document once for each field that holds the term.
        public int DocumentsWithTermCount { get; private set; }

        /// <summary>The term's inverse document frequency, set by <see cref="Build"/>.</summary>
        public double Idf { get; set; }

        /// <param name="field">The field's index in the field order.</param>
        /// <param name="documentRef">The document.</param>
        /// <param name="again">True when a document of this ref was added before: it posts its terms again, counted once, as in lunr.</param>
        public void Add(int field, string documentRef, bool again)
        {
            var documents = documentsByField[field] ??= [];
            if (again && documents.Contains(documentRef))
            {
                return;
            }

            documents.Add(documentRef);
            DocumentsWithTermCount++;
        }

        public LunrPosting ToPosting(string term, IReadOnlyList<string> orderedFieldNames) =>
            new(term, TermIndex, [.. orderedFieldNames.Select((name, i) =>
                new LunrFieldPosting(name, JsPropertyOrder.Order(documentsByField[i] ?? [])))]);
    }
}

namespace SiteGen.Search.Lunr;

/// <summary>
/// lunr.js's <c>lunr.Pipeline</c>: an ordered list of <see cref="LunrPipelineFunction"/>s that
/// every token passes through, each function over all tokens before the next.
/// </summary>
/// <remarks>
/// A function drops a token by returning null. An empty string is not a drop: lunr's built-in
/// functions return the token object, so a token that the trimmer empties (punctuation alone)
/// still reaches the index as the term <c>""</c>, and so it does here.
/// </remarks>
public sealed class LunrPipeline
{
    private readonly List<LunrPipelineFunction> functions;

    /// <summary>Creates a pipeline of <paramref name="functions"/>, in order.</summary>
    public LunrPipeline(params IEnumerable<LunrPipelineFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        this.functions = [.. functions];
    }

    /// <summary>The functions, in the order they run.</summary>
    public IReadOnlyList<LunrPipelineFunction> Functions => functions;

    /// <summary>
    /// The pipeline as <c>Pipeline.toJSON()</c> serialises it: the functions' labels, in order.
    /// </summary>
    public IReadOnlyList<string> Labels => [.. functions.Select(function => function.Label)];

    /// <summary>
    /// The pipeline that <c>lunr(config)</c> gives a builder for indexing documents:
    /// trimmer, then stop-word filter, then stemmer.
    /// </summary>
    public static LunrPipeline CreateBuildPipeline() =>
        new(LunrPipelineFunction.Trimmer, LunrPipelineFunction.StopWordFilter, LunrPipelineFunction.Stemmer);

    /// <summary>
    /// The pipeline that <c>lunr(config)</c> gives a builder for search terms, and that the built
    /// index records: the stemmer alone.
    /// </summary>
    public static LunrPipeline CreateSearchPipeline() => new(LunrPipelineFunction.Stemmer);

    /// <summary>
    /// The pipeline for a language lunr has no stemmer for: words are kept as they are written,
    /// trimmed of punctuation in any script (<see cref="UnicodeTrimmer"/>), with no stop words.
    /// </summary>
    public static LunrPipeline CreatePlainBuildPipeline() => new(UnicodeTrimmer.Function);

    /// <summary>Appends <paramref name="function"/> to the end of the pipeline.</summary>
    public void Add(LunrPipelineFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        functions.Add(function);
    }

    /// <summary>Runs <paramref name="tokens"/> through every function; returns the tokens that survive.</summary>
    public IReadOnlyList<LunrToken> Run(IEnumerable<LunrToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var current = tokens as IReadOnlyList<LunrToken> ?? [.. tokens];
        foreach (var function in functions)
        {
            var next = new List<LunrToken>(current.Count);
            foreach (var token in current)
            {
                var result = function.Invoke(token.Value);
                if (result is null)
                {
                    continue;
                }

                next.Add(ReferenceEquals(result, token.Value) ? token : token with { Value = result });
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// Runs one token's text through every function in turn, as <see cref="Run"/> does for each
    /// token: the term it becomes, or null when a function drops it.
    /// </summary>
    /// <param name="value">A token's text.</param>
    public string? RunTerm(string value)
    {
        string? term = value;
        for (var i = 0; i < functions.Count && term is not null; i++)
        {
            term = functions[i].Invoke(term);
        }

        return term;
    }

    /// <summary>
    /// Runs a single string through the pipeline, as <c>Pipeline.runString</c> does, and returns
    /// the resulting terms.
    /// </summary>
    public IReadOnlyList<string> RunString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return [.. Run([new LunrToken(value)]).Select(token => token.Value)];
    }
}

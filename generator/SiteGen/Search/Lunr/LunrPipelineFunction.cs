namespace SiteGen.Search.Lunr;

/// <summary>
/// One step of a <see cref="LunrPipeline"/>: a function from a token's text to its new text, or
/// to null to drop the token, with the label under which lunr.js registers it. The label is what
/// a serialised index records, and <c>lunr.Index.load</c> throws on a label it has not registered.
/// </summary>
public sealed class LunrPipelineFunction
{
    private readonly Func<string, string?> function;

    /// <summary>Creates a pipeline step.</summary>
    /// <param name="label">The name lunr.js knows the function by, e.g. <c>"stemmer"</c>.</param>
    /// <param name="function">Maps a token's text to its new text, or to null to drop the token.</param>
    public LunrPipelineFunction(string label, Func<string, string?> function)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        ArgumentNullException.ThrowIfNull(function);
        Label = label;
        this.function = function;
    }

    /// <summary>lunr's <c>trimmer</c>: see <see cref="LunrTrimmer"/>.</summary>
    public static LunrPipelineFunction Trimmer { get; } = new("trimmer", LunrTrimmer.Trim);

    /// <summary>lunr's <c>stopWordFilter</c>: see <see cref="LunrStopWordFilter"/>.</summary>
    public static LunrPipelineFunction StopWordFilter { get; } = new("stopWordFilter", LunrStopWordFilter.Filter);

    /// <summary>lunr's <c>stemmer</c>: see <see cref="LunrStemmer"/>.</summary>
    public static LunrPipelineFunction Stemmer { get; } = new("stemmer", LunrStemmer.Stem);

    /// <summary>The name lunr.js registers the function under.</summary>
    public string Label { get; }

    /// <summary>Applies the step to a token's text: the new text, or null to drop the token.</summary>
    public string? Invoke(string token) => function(token);

    /// <summary>Returns <see cref="Label"/>.</summary>
    public override string ToString() => Label;
}

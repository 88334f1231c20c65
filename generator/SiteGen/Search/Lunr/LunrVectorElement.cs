namespace SiteGen.Search.Lunr;

/// <summary>One entry of a field vector: a term's index and its BM25 score in that field.</summary>
/// <param name="TermIndex">The term's <c>_index</c> in the inverted index.</param>
/// <param name="Score">The score, rounded to three decimals as lunr rounds it.</param>
public readonly record struct LunrVectorElement(int TermIndex, double Score);

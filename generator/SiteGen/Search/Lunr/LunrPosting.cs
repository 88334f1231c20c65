namespace SiteGen.Search.Lunr;

/// <summary>One entry of the inverted index: a term, its index, and where it occurs.</summary>
/// <param name="Term">The term, as the build pipeline produced it.</param>
/// <param name="TermIndex">The term's <c>_index</c>: its number in the order terms were first seen.</param>
/// <param name="Fields">Every field of the index, in lunr's order, with the documents holding the term there.</param>
public sealed record LunrPosting(string Term, int TermIndex, IReadOnlyList<LunrFieldPosting> Fields);

namespace SiteGen.Search.Lunr;

/// <summary>The documents whose given field holds a term: one field of a <see cref="LunrPosting"/>.</summary>
/// <param name="Field">The field name.</param>
/// <param name="DocumentRefs">The refs of the documents, in the order lunr.js serialises them.</param>
public sealed record LunrFieldPosting(string Field, IReadOnlyList<string> DocumentRefs);

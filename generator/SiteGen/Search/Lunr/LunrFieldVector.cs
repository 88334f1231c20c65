namespace SiteGen.Search.Lunr;

/// <summary>The vector of one field of one document: one entry of <c>fieldVectors</c>.</summary>
/// <param name="FieldRef">lunr's field reference, <c>"field/docRef"</c>.</param>
/// <param name="Elements">The field's terms and scores, in ascending term index.</param>
public sealed record LunrFieldVector(string FieldRef, IReadOnlyList<LunrVectorElement> Elements);

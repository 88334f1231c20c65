namespace SiteGen.Text;

/// <summary>A phrase found in text.</summary>
/// <param name="Index">Where it starts.</param>
/// <param name="Length">Its length as written there.</param>
/// <param name="Phrase">Which phrase it is (see <see cref="PhraseFinder.PhraseOf"/>).</param>
public readonly record struct PhraseMatch(int Index, int Length, int Phrase);

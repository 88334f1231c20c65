namespace SiteGen.Text;

/// <summary>How the words of a phrase may be spaced in the text.</summary>
public enum PhraseSpacing
{
    /// <summary>Exactly as the phrase is written: a glossary term.</summary>
    AsWritten,

    /// <summary>Any white space between words, at least one character of it: a safe-language phrase may break across a line.</summary>
    AnyWhiteSpace,
}

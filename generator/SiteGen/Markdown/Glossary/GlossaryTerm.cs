namespace SiteGen.Markdown.Glossary;

/// <summary>A term the glossary defines, with the other names it goes by.</summary>
/// <param name="Name">The term as the glossary heads it ("Multi-agency safeguarding hub").</param>
/// <param name="Anchor">Its element id on the glossary page (<c>term-multi-agency-safeguarding-hub</c>).</param>
/// <param name="Names">Every name that links to it: the term and its other names ("MASH").</param>
public sealed record GlossaryTerm(string Name, string Anchor, IReadOnlyList<string> Names);

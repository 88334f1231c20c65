namespace SiteGen.BrowserTests;

/// <summary>Every browser test class joins this collection, so they share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

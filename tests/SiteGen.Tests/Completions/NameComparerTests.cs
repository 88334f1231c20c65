using SiteGen.Completions;

namespace SiteGen.Tests.Completions;

/// <summary>Which names on a record may be credited to a roster row without asking, which to confirm, and which not.</summary>
public sealed class NameComparerTests
{
    [Theory]
    [InlineData("Sam Patel", "Sam Patel", Agreement.Same)]
    [InlineData("  Sam   Patel ", "Sam Patel", Agreement.Same)]
    [InlineData("sam patel", "Sam Patel", Agreement.Probable)]
    [InlineData("Zoë O'Brien", "Zoe OBrien", Agreement.Probable)]
    [InlineData("Sam Patel", "Samuel Patel", Agreement.Probable)]
    [InlineData("S Patel", "Samuel Patel", Agreement.Probable)]
    [InlineData("Bob Smith", "Robert Smith", Agreement.Probable)]
    [InlineData("Chris Jones", "Sam Patel", Agreement.Different)]
    [InlineData("Sam Jones", "Sam Patel", Agreement.Different)]
    [InlineData("Samuel Patel", "Sarah Patel", Agreement.Different)]
    public void People(string onRecord, string onRoster, Agreement expected) => Assert.Equal(expected, NameComparer.People(onRecord, [onRoster]));

    [Theory]
    [InlineData("Northfield Primary School", "Northfield Primary School", Agreement.Same)]
    [InlineData("Northfield Primary", "Northfield Primary School", Agreement.Probable)]
    [InlineData("Smith and Jones Nursery", "Smith & Jones Nursery", Agreement.Probable)]
    [InlineData("Eastgate Youth Club", "Northfield Primary School", Agreement.Different)]
    public void Organisations(string onRecord, string onRoster, Agreement expected) => Assert.Equal(expected, NameComparer.Organisations(onRecord, onRoster));
}

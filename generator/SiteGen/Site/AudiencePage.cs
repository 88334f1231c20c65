using SiteGen.Configuration;
using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>A generated page listing what the site has for one audience (and age band): the home page's choices lead here.</summary>
/// <param name="Audience">Who it is for.</param>
/// <param name="AgeBand">For young people, the age band; otherwise null.</param>
/// <param name="SitePath">Its address: <c>for/parents/</c>, <c>for/young-people/11-14/</c>.</param>
/// <param name="Groups">Its pages, grouped by top-level section.</param>
public sealed record AudiencePage(Audience Audience, AgeBand? AgeBand, string SitePath, IReadOnlyList<AudiencePageGroup> Groups)
{
    /// <summary>The page's title: "For parents and carers", "For young people aged 11 to 14".</summary>
    public string Title => AgeBand is null ? Audience.Title : $"{Audience.Title} aged {AgeBand.Label}";
}

/// <summary>The pages of one section on an audience page.</summary>
/// <param name="Title">The section's title.</param>
/// <param name="Pages">The pages, in section order.</param>
public sealed record AudiencePageGroup(string Title, IReadOnlyList<Page> Pages);

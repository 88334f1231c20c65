namespace SiteGen.Bench;

/// <summary>
/// A reader's visit, in a fresh browser context: a content page opened and left to load, then a
/// first search (the search page opened with the query) and a further, different query typed into
/// that page's box; and, in another fresh context, the search page opened without a query and left
/// to load, then the first query typed into its box.
/// </summary>
/// <param name="First">The first search: from the navigation to the results shown.</param>
/// <param name="Further">The further query: from filling the box to its results shown.</param>
/// <param name="Typed">The first query typed on a loaded search page: from the first key to the results shown.</param>
internal sealed record SearchVisit(SearchRun First, SearchRun Further, SearchRun Typed);

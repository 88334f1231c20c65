using SiteGen.Configuration;

namespace SiteGen.Completions;

/// <summary>site.yaml's training levels in order of seniority: a later level is above an earlier one.</summary>
public sealed class TrainingLevels
{
    /// <summary>Takes the levels in site.yaml's order.</summary>
    /// <param name="levels">site.yaml's <c>training.levels</c>.</param>
    public TrainingLevels(IEnumerable<TrainingLevel> levels) => All = [.. levels];

    /// <summary>Every level, lowest first.</summary>
    public IReadOnlyList<TrainingLevel> All { get; }

    /// <summary>The level with this id or name (ignoring case and surrounding spaces), or null.</summary>
    /// <param name="idOrName">A level id (<c>level-1</c>) or name (<c>Level 1: awareness</c>).</param>
    public TrainingLevel? Find(string idOrName)
    {
        var wanted = idOrName.Trim();
        return All.FirstOrDefault(l => string.Equals(l.Id, wanted, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(l => string.Equals(l.Name.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The level's place in the order (0 for the lowest), or -1 when the id is not a level.</summary>
    /// <param name="id">A level id.</param>
    public int Rank(string id)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The level's name, or the id itself when it is not a level.</summary>
    /// <param name="id">A level id.</param>
    public string NameOf(string id) => All.FirstOrDefault(l => l.Id == id)?.Name ?? id;

    /// <summary>"level-1 (Level 1: awareness), level-2 (…)", for messages that list the choices.</summary>
    public string Describe() => All.Count == 0
        ? "site.yaml has no training.levels"
        : string.Join(", ", All.Select(l => $"{l.Id} ({l.Name})"));
}

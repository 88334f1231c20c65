using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>Staff training settings.</summary>
public sealed class TrainingSettings : YamlMapped
{
    /// <summary>Percentage needed to pass a quiz that sets none itself.</summary>
    public int PassMark { get; init; } = 80;

    /// <summary>Months after a pass until a refresher is due.</summary>
    public int RefresherMonths { get; init; } = 36;

    /// <summary>Training levels, from awareness for everyone upwards; the order is their rank.</summary>
    /// <remarks>Two levels when site.yaml names none, so a new module builds before anyone sets levels up.</remarks>
    public IReadOnlyList<TrainingLevel> Levels { get; init; } =
    [
        new TrainingLevel { Id = "level-1", Name = "Level 1: awareness" },
        new TrainingLevel { Id = "level-2", Name = "Level 2: practitioners" },
    ];
}

/// <summary>A level of staff training.</summary>
public sealed class TrainingLevel : YamlMapped
{
    /// <summary>The id modules use (<c>level-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>How it is printed: "Level 1: awareness".</summary>
    public required string Name { get; init; }

    /// <summary>Who it is for.</summary>
    public string? Description { get; init; }
}

namespace SiteGen.Completions;

/// <summary>The kinds of problem that reject a record or a roster row, which the board's report counts.</summary>
public enum ProblemKind
{
    /// <summary>The file could not be read at all.</summary>
    Unreadable,

    /// <summary>The file is not JSON.</summary>
    NotJson,

    /// <summary>The JSON breaks docs/completion-record.schema.json.</summary>
    Schema,

    /// <summary>The checksum does not match the contents: damaged or edited.</summary>
    Checksum,

    /// <summary>A value the schema allows but that cannot be (a date that does not exist).</summary>
    Value,

    /// <summary>The record names a module with no answer keys.</summary>
    UnknownModule,

    /// <summary>The record names a module version with no answer key.</summary>
    MissingKey,

    /// <summary>The answer key itself cannot be read.</summary>
    BadKey,

    /// <summary>The record's module details, questions or pass mark differ from its answer key.</summary>
    KeyMismatch,

    /// <summary>A stated score or result differs from the re-scored answers.</summary>
    Score,

    /// <summary>The record's dates and times do not agree with each other.</summary>
    Dates,

    /// <summary>The module's level is not one of site.yaml's training levels.</summary>
    UnknownLevel,

    /// <summary>The same record was already read from another file.</summary>
    Duplicate,

    /// <summary>The roster lacks a column it needs.</summary>
    RosterColumns,

    /// <summary>A roster row is incomplete or clashes with another.</summary>
    RosterRow,

    /// <summary>A row of the training lead's decisions file (--accept) that cannot be used.</summary>
    Settlement,
}

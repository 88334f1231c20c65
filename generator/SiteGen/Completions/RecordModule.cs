namespace SiteGen.Completions;

/// <summary>The training module a record is for, as it was built when the learner took it.</summary>
/// <param name="Id">The module's id (<c>level-1</c>): its folder under completion-keys.</param>
/// <param name="Title">The module's title.</param>
/// <param name="Level">The training level id it counts towards.</param>
/// <param name="LevelName">The level's name.</param>
/// <param name="Version">The hash of the module as built: its answer key's file name.</param>
/// <param name="QuizId">The module quiz's id.</param>
/// <param name="QuizVersion">The quiz's version hash.</param>
public sealed record RecordModule(string Id, string Title, string Level, string LevelName, string Version, string QuizId, string QuizVersion);

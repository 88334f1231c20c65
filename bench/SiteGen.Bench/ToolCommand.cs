namespace SiteGen.Bench;

/// <summary>A command line to run as its own process: the program, its arguments and the folder it runs in.</summary>
/// <param name="Program">The program, by path or by a name looked up on PATH.</param>
/// <param name="Arguments">Its arguments, passed as they are (no shell).</param>
/// <param name="WorkingDirectory">The folder it runs in.</param>
internal sealed record ToolCommand(string Program, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>The command as a person would type it, for messages.</summary>
    public override string ToString() => string.Join(' ', Arguments.Prepend(Program));
}

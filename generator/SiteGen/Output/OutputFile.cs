namespace SiteGen.Output;

/// <summary>One file of the finished site: text to write, or a file to copy.</summary>
/// <param name="Path">Path under the output folder with forward slashes.</param>
/// <param name="Text">The content to write, or null to copy <paramref name="CopyFrom"/>.</param>
/// <param name="CopyFrom">A file to copy as it is (images, fonts).</param>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom = null);

namespace SiteGen.Bench;

/// <summary>One response the search comparison's web server sent.</summary>
/// <param name="Path">The path and query asked for.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="RawBytes">The file's size on disk (0 for a redirect or a 404).</param>
/// <param name="GzipBytes">The body as sent, gzipped at the optimal level (0 for a redirect or a 404).</param>
internal sealed record ServedResponse(string Path, int Status, long RawBytes, long GzipBytes);

using System.Globalization;
using System.IO.Compression;

namespace SiteGen.Bench;

/// <summary>How the tables write times, sizes and counts (invariant culture, units that read at a glance).</summary>
internal static class Format
{
    /// <summary>A duration in milliseconds below a second, else in seconds.</summary>
    public static string Time(TimeSpan time) => time.TotalMilliseconds >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");

    /// <summary>Bytes in mebibytes, as memory is usually read.</summary>
    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0} MB");

    /// <summary>Bytes in kibibytes, one decimal.</summary>
    public static string Kilobytes(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.0} KB");

    /// <summary>A count with thousands separators.</summary>
    public static string Count(double count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A ratio such as 3.25x.</summary>
    public static string Ratio(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}x");

    /// <summary>The size of the bytes gzipped at the optimal level, as a web server would send them.</summary>
    public static long Gzipped(byte[] bytes) => Gzip(bytes).Length;

    /// <summary>The bytes gzipped at the optimal level, as a web server would send them.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}

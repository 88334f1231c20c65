using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Fuzzing;

/// <summary>
/// Runs one parser on inputs mutated from a valid one for a bounded time. Each input must end in
/// a result or a clear diagnostic: an exception, or a run longer than <see cref="Hang"/>, is a
/// failure, and its input is kept in Cases/&lt;target&gt;/ so that it is run again every time.
/// </summary>
internal static class Fuzzer
{
    /// <summary>How long one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(20);

    /// <summary>Seconds per target: SITEGEN_FUZZ_SECONDS, or a few in the everyday test run.</summary>
    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 6);

    public static string CasesFolder(string target) => Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Fuzzing", "Cases", target);

    /// <summary>The inputs kept from earlier failures of a target.</summary>
    public static IEnumerable<string> Cases(string target) =>
        Directory.Exists(CasesFolder(target)) ? Directory.GetFiles(CasesFolder(target)).Order(StringComparer.Ordinal) : [];

    /// <summary>Feeds <paramref name="run"/> mutated inputs until the budget is spent; returns how many ran, failing on the first that broke it.</summary>
    public static int Run(string target, string seedInput, Action<string> run)
    {
        // SITEGEN_FUZZ_SEED explores other inputs; the everyday run always tries the same ones.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var chosen) ? chosen : 20261207;
        var mutator = new Mutator(seed);
        var clock = Stopwatch.StartNew();
        var count = 0;
        var input = seedInput;
        while (clock.Elapsed < Budget)
        {
            // Mostly fresh mutations of the valid input; sometimes a mutation of the last one, to go deeper.
            input = mutator.Mutate(count % 4 == 3 ? input : seedInput);
            Once(target, input, run);
            count++;
        }

        Console.WriteLine($"fuzz {target}: {count} inputs in {clock.Elapsed.TotalSeconds:0} s (seed {seed})");
        return count;
    }

    /// <summary>Runs one input; on an exception or a hang keeps the input and fails.</summary>
    public static void Once(string target, string input, Action<string> run)
    {
        Exception? thrown = null;
        var task = Task.Run(() =>
        {
            try
            {
                run(input);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                thrown = e;
            }
        });
        var finished = task.Wait(Hang);
        if (finished && thrown is null)
        {
            task.GetAwaiter().GetResult(); // an assertion inside run fails the test here
            return;
        }

        var kept = Keep(target, input);
        Assert.Fail(finished
            ? $"{target}: the input kept in {kept} threw {thrown}"
            : $"{target}: the input kept in {kept} ran for more than {Hang.TotalSeconds:0} s.");
    }

    private static string Keep(string target, string input)
    {
        var folder = CasesFolder(target);
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12].ToLowerInvariant() + ".txt";
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, input, new UTF8Encoding(false));
        return Path.GetRelativePath(RepoPaths.Root, path);
    }
}

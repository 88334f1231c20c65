using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The Linux x64 tool package as the README makes it (<c>dotnet pack -r linux-x64
/// -p:SiteGenNative=true</c>): the command in it is native, it carries the built-in theme and not
/// the 50 MB of native symbols, and, taken out of the package, it builds the example site to the
/// same bytes as the managed command.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-package-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly ExampleSiteCopy _site = new();

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_linux_x64_package_holds_a_native_command_that_builds_the_example_site_as_the_managed_one_does()
    {
        // A native package can only be made on the platform it is for: elsewhere the README's
        // second pack command is not run, and there is nothing here to test.
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return;
        }

        var packages = Path.Combine(_folder, "packages");
        // Its own build folder: the tests' publish of the command restores it for publishing, not packing.
        var (code, printed) = await DotNet("pack", Path.Combine(RepoPaths.Root, "generator", "SiteGen.Cli"), "-r", "linux-x64", "-p:SiteGenNative=true",
            "--artifacts-path", Path.Combine(RepoPaths.Root, "artifacts", "pack-build"), "-o", packages, "--nologo");
        Assert.True(code == 0, $"dotnet pack failed:\n{printed}");

        var package = Path.Combine(packages, "SiteGen.Tool.linux-x64.0.1.0.nupkg");
        var tool = Path.Combine(_folder, "tool");
        ZipFile.ExtractToDirectory(package, tool);
        var files = Directory.GetFiles(tool, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(tool, f).Replace('\\', '/')).ToList();
        var command = Path.Combine(tool, "tools", "any", "linux-x64", "SiteGen.Cli");
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(command)[..4]); // a native executable, not a .NET assembly
        Assert.DoesNotContain(files, f => f.EndsWith(".dbg", StringComparison.Ordinal) || f.EndsWith(".dll", StringComparison.Ordinal));
        Assert.Contains("tools/any/linux-x64/themes/default/layouts/base.sbn-html", files);
        Assert.Contains("tools/any/linux-x64/themes/default/node_modules/lunr/lunr.min.js", files);
        Assert.Contains("Runner=\"executable\"", File.ReadAllText(Path.Combine(tool, "tools", "any", "linux-x64", "DotnetToolSettings.xml")), StringComparison.Ordinal);

        // NuGet does not keep a file's mode; dotnet tool install makes the command executable, as this does.
        File.SetUnixFileMode(command, File.GetUnixFileMode(command) | UnixFileMode.UserExecute);
        var managed = await SiteGenProcess.RunAsync(_site.Root, "build", "--out", "managed");
        var packed = await SiteGenProcess.RunCommandAsync(command, _site.Root, "build", "--out", "packed");
        Assert.True(managed.Code == 0 && packed.Code == 0, $"managed exit {managed.Code}, packed {packed.Code}:\n{packed.Output}\n{packed.Error}");
        SameOutput.AssertSameFolders(_site.PathOf("managed"), _site.PathOf("packed"));
    }

    private static async Task<(int Code, string Printed)> DotNet(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", args)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}

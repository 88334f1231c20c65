using System.IO.Compression;
using SiteGen.Build;
using SiteGen.Packaging.Scorm;

namespace SiteGen.BrowserTests;

/// <summary>
/// A test LMS: the example site's first training module packaged as SCORM 1.2 (as <c>sitegen
/// package scorm</c> writes it) and unzipped under <c>package/</c>, beside <c>lms.html</c>, a page
/// that runs scorm-again's SCORM 1.2 API (npm, in <c>Lms/</c>) as <c>window.API</c> and opens the
/// package's launch page in an iframe. What the package sets is kept in the page's localStorage,
/// as an LMS keeps it between sessions, and given back to the API when the page loads again.
/// </summary>
public sealed class ScormLms : IAsyncLifetime
{
    /// <summary>The module packaged.</summary>
    public const string ModuleId = TrainingLearner.ModuleId;

    /// <summary>The LMS's script: scorm-again's API, what the package set, and the calls it made.</summary>
    private const string LmsScript = """
        // The test LMS: scorm-again as window.API; every value the package sets is recorded, kept at
        // each commit (localStorage, as an LMS keeps a learner's data), and loaded again next time.
        (function () {
          var kept = JSON.parse(window.localStorage.getItem('lms.kept') || 'null');
          window.API = new window.Scorm12API({ logLevel: 5, autocommit: false });
          if (kept) {
            var values = {};
            for (var element in kept) {
              if (/^cmi\.(suspend_data|core\.lesson_location|core\.lesson_status|core\.score\.(raw|min|max))$/.test(element)) {
                values[element] = kept[element];
              }
            }
            if (kept['cmi.core.exit'] === 'suspend') {
              values['cmi.core.entry'] = 'resume';
            }
            window.API.loadFromFlattenedJSON(values);
          }
          window.lms = { set: {}, calls: [], kept: kept };
          ['LMSInitialize', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
            window.API.on(name, function () { window.lms.calls.push(name); });
          });
          window.API.on('LMSSetValue.cmi.*', function (element, value) { window.lms.set[element] = value; });
          window.API.on('LMSCommit', function () {
            var all = JSON.parse(window.localStorage.getItem('lms.kept') || '{}');
            for (var element in window.lms.set) { all[element] = window.lms.set[element]; }
            window.localStorage.setItem('lms.kept', JSON.stringify(all));
          });
        })();
        """;

    private string? _folder;
    private StaticFileServer? _server;

    public StaticFileServer Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>The package's launch page, from its root.</summary>
    public string Launch { get; private set; } = "";

    /// <summary>The LMS page.</summary>
    public Uri LmsUrl => Server.Url("/lms.html");

    /// <summary>A file of the package, opened straight from the server, with no LMS around it.</summary>
    public Uri PackageUrl(string path) => Server.Url("/package/" + path);

    public async Task InitializeAsync()
    {
        var repository = RepositoryRoot.Find();
        _folder = Directory.CreateTempSubdirectory("sitegen-lms-").FullName;
        var zip = Path.Combine(_folder, "module.zip");
        var result = await Task.Run(() => ScormPackager.Write(new BuildOptions { ConfigPath = Path.Combine(repository, "site.yaml"), BuiltInThemes = Path.Combine(repository, "themes") },
            ModuleId, zip));
        Assert.True(result.Succeeded, "The SCORM package was not written:\n" + string.Join('\n', result.Diagnostics));
        ZipFile.ExtractToDirectory(zip, Path.Combine(_folder, "package"));
        var manifest = System.Xml.Linq.XDocument.Load(Path.Combine(_folder, "package", "imsmanifest.xml"));
        Launch = manifest.Descendants(ScormManifest.ContentPackaging + "resource").Single().Attribute("href")!.Value;

        var runtime = Path.Combine(repository, "tests", "SiteGen.BrowserTests", "Lms", "node_modules", "scorm-again", "dist", "scorm12.js");
        Assert.True(File.Exists(runtime), $"scorm-again is not installed at {runtime}: building the browser tests runs npm ci in tests/SiteGen.BrowserTests/Lms.");
        File.Copy(runtime, Path.Combine(_folder, "scorm12.js"));
        File.WriteAllText(Path.Combine(_folder, "lms.js"), LmsScript);
        File.WriteAllText(Path.Combine(_folder, "lms.html"), $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Test LMS</title><script src="scorm12.js"></script><script src="lms.js"></script></head>
            <body><main><h1>Test LMS</h1><iframe id="sco" name="sco" title="Training module" src="package/{Launch}"></iframe></main></body>
            </html>
            """);
        _server = StaticFileServer.Start(_folder, "/");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

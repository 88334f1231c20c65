using System.CommandLine;
using SiteGen.Cli.Serve;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen serve</c>: build, serve on this computer, rebuild on change.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = SharedOptions.Config();
        var port = new Option<int>("--port") { Description = "The port to serve on (127.0.0.1 only).", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1 and rebuild when a file changes.") { config, port };
        command.SetAction(async (parsed, cancel) =>
        {
            // Awaited inside the action, so the server lives until Ctrl+C: a plain lambda that
            // returned the waiting task disposed the server the moment it had started.
            using (var server = new DevServer(parsed.GetValue(config)!.FullName, parsed.GetValue(port), output, error))
            {
                if (!server.Start())
                {
                    return SiteGenCommand.ContentErrors;
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, cancel);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: the normal way to stop a preview, so it exits 0 once it has cleaned up.
                }
            }

            output.WriteLine("Stopped. The preview's temporary folder is removed.");
            return SiteGenCommand.Success;
        });
        return command;
    }
}

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
        command.SetAction((parsed, cancel) =>
        {
            using var server = new DevServer(parsed.GetValue(config)!.FullName, parsed.GetValue(port), output, error);
            if (!server.Start())
            {
                return Task.FromResult(SiteGenCommand.ContentErrors);
            }

            var stopped = new TaskCompletionSource<int>();
            cancel.Register(() => stopped.TrySetResult(SiteGenCommand.Success));
            return stopped.Task;
        });
        return command;
    }
}

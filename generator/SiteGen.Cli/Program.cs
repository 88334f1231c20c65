using SiteGen.Cli;

return SiteGenCommand.Run(args, Console.Out, Console.Error);

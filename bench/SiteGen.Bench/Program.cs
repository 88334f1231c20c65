using SiteGen.Bench;

// See bench/README.md. Tables on standard output, progress on standard error.
return await Harness.Run(args, Console.Out, Console.Error);

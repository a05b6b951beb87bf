using ChandlerLoop.Host.Cli;

return await ChandlerCommandLine.RunAsync(args).ConfigureAwait(false);

using System.CommandLine;
using ChandlerLoop.Host.Cli.Broker;

namespace ChandlerLoop.Host.Cli;

/// <summary>
/// <c>chandler broker config --out &lt;folder&gt; --rigs rig-01,rig-02 [--host-user chandler-host]
/// [--listen 127.0.0.1] [--port 1883] [--tls-cert f --tls-key f --ca f] [--tls-port 8883]
/// [--persistence-dir /var/lib/mosquitto/] [--force]</c>: writes a Mosquitto configuration, password
/// file, ACL and one credentials file per user (<see cref="BrokerConfigFiles"/>). Existing files are
/// never replaced without --force; then nothing is written at all.
/// </summary>
internal static class BrokerConfigCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder to write into (created).", Required = true, HelpName = "folder" };
        var rigs = new Option<string>("--rigs") { Description = "Rig ids, comma-separated (e.g. rig-01,rig-02).", Required = true, HelpName = "rig-01,rig-02" };
        var hostUser = new Option<string>("--host-user") { Description = "The host application's MQTT user.", DefaultValueFactory = _ => "chandler-host" };
        var listen = new Option<string>("--listen") { Description = "Listener address (default 127.0.0.1: this machine only).", DefaultValueFactory = _ => "127.0.0.1", HelpName = "address" };
        var port = new Option<int>("--port") { Description = "Plain MQTT port.", DefaultValueFactory = _ => 1883 };
        var tlsPort = new Option<int>("--tls-port") { Description = "TLS port (with --tls-cert).", DefaultValueFactory = _ => 8883 };
        var cert = new Option<string>("--tls-cert") { Description = "Server certificate (PEM) for a TLS listener.", HelpName = "file" };
        var key = new Option<string>("--tls-key") { Description = "Server private key (PEM).", HelpName = "file" };
        var ca = new Option<string>("--ca") { Description = "CA certificate (PEM).", HelpName = "file" };
        var persistence = new Option<string>("--persistence-dir") { Description = "Mosquitto's persistence folder.", DefaultValueFactory = _ => "/var/lib/mosquitto/", HelpName = "folder" };
        var force = new Option<bool>("--force") { Description = "Replace existing files (new passwords for everyone)." };
        var command = new Command("config", "Generate Mosquitto configuration, password file, ACL and credentials.")
        {
            output, rigs, hostUser, listen, port, tlsPort, cert, key, ca, persistence, force,
        };
        command.SetAction((parse, ct) => VerbAction.RunAsync(context, async () =>
        {
            foreach (var (option, value) in new[] { (port, parse.GetValue(port)), (tlsPort, parse.GetValue(tlsPort)) })
            {
                if (value is < 1 or > 65535)
                {
                    throw new CliUsageException(option.Name + " " + value + " is not a TCP port: use 1–65535.");
                }
            }

            var request = new BrokerConfigRequest
            {
                Rigs = (parse.GetValue(rigs) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                HostUser = (parse.GetValue(hostUser) ?? "").Trim(),
                ListenAddress = (parse.GetValue(listen) ?? "").Trim(),
                Port = parse.GetValue(port),
                TlsPort = parse.GetValue(tlsPort),
                TlsCertificateFile = NullIfEmpty(parse.GetValue(cert)),
                TlsKeyFile = NullIfEmpty(parse.GetValue(key)),
                CaFile = NullIfEmpty(parse.GetValue(ca)),
                PersistenceFolder = parse.GetValue(persistence) ?? "/var/lib/mosquitto/",
            };
            var problem = BrokerConfigFiles.Validate(request);
            if (problem is not null)
            {
                throw new CliUsageException(problem);
            }

            foreach (var (name, file) in new[] { ("--tls-cert", request.TlsCertificateFile), ("--tls-key", request.TlsKeyFile), ("--ca", request.CaFile) })
            {
                if (file is not null && !File.Exists(file))
                {
                    throw new CliUsageException(name + " '" + file + "' does not exist.");
                }
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var files = BrokerConfigFiles.Build(request, folder, context.Clock.GetUtcNow().UtcDateTime);
            var existing = GeneratedFileWriter.Existing(folder, files);
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                throw new CliUsageException("--out: " + string.Join(", ", existing) + " already exist(s); nothing was written. Pass --force to replace them (every password changes).");
            }

            GeneratedFileWriter.WriteAll(folder, files);
            foreach (var file in files)
            {
                await context.Output.WriteLineAsync("wrote " + Path.Combine(folder, file.RelativePath)
                    + " (" + Convert.ToString((int)file.Mode, 8).PadLeft(4, '0') + ")").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync("Mosquitto reads passwd and acl as its own user: chown root:mosquitto them. "
                + "Install credentials/" + request.HostUser + ".credentials on the host and each rig's file on that rig; keep them private.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

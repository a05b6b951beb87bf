using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Host.Cli.Broker;

/// <summary>
/// Generates a Mosquitto 2.0 deployment for the rigs: <c>mosquitto.conf</c> (no anonymous access,
/// password and ACL files, persistence, plain listener on loopback by default, optional TLS listener),
/// <c>passwd</c> (<see cref="MosquittoPasswordHash"/> lines), <c>acl</c> (each rig only its own
/// status/telemetry/events to write and commands to read; the host user all of chandler/v1/#) and
/// <c>credentials/&lt;user&gt;.credentials</c> (user and password in clear, mode 0600, to install on
/// the host and flash on each rig). passwd and acl are 0640: Mosquitto reads them after dropping to
/// its own user, so they must belong to its group (chown root:mosquitto).
/// </summary>
internal static class BrokerConfigFiles
{
    /// <summary>Length of generated passwords: 24 characters of 62 ≈ 143 bits.</summary>
    public const int GeneratedPasswordLength = 24;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode GroupReadable = Private | UnixFileMode.GroupRead;
    private const UnixFileMode Public = GroupReadable | UnixFileMode.OtherRead;

    /// <summary>Null when <paramref name="request"/> is usable, otherwise what is wrong (naming the option).</summary>
    public static string? Validate(BrokerConfigRequest request)
    {
        if (request.Rigs.Count == 0)
        {
            return "--rigs: give at least one rig id, comma-separated (e.g. rig-01,rig-02).";
        }

        foreach (var rig in request.Rigs)
        {
            if (!RigTopics.IsValidRigId(rig))
            {
                return "--rigs: '" + rig + "' is not a valid rig id: use 1–32 characters of a-z, 0-9 and '-', starting with a letter or digit (e.g. rig-01).";
            }
        }

        var duplicate = request.Rigs.GroupBy(r => r, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return "--rigs: rig id '" + duplicate.Key + "' is listed twice.";
        }

        if (!RigTopics.IsValidRigId(request.HostUser))
        {
            return "--host-user: '" + request.HostUser + "' is not a valid user name: use 1–32 characters of a-z, 0-9 and '-'.";
        }

        if (request.Rigs.Contains(request.HostUser, StringComparer.Ordinal))
        {
            return "--host-user: '" + request.HostUser + "' is also a rig id; the host needs its own user.";
        }

        if (!IPAddress.TryParse(request.ListenAddress, out _))
        {
            return "--listen: '" + request.ListenAddress + "' is not an IP address (e.g. 127.0.0.1, 0.0.0.0 or the rig network's address).";
        }

        var tlsGiven = new[] { request.TlsCertificateFile, request.TlsKeyFile, request.CaFile }.Count(f => !string.IsNullOrWhiteSpace(f));
        if (tlsGiven is not (0 or 3))
        {
            return "--tls-cert, --tls-key and --ca go together: give all three (PEM files) or none.";
        }

        return null;
    }

    /// <summary>The files for <paramref name="request"/> in <paramref name="folder"/> (absolute), with
    /// passwords from <paramref name="newPassword"/> (default: <see cref="GeneratePassword"/>).</summary>
    public static IReadOnlyList<GeneratedFile> Build(BrokerConfigRequest request, string folder, DateTime nowUtc, Func<string>? newPassword = null)
    {
        newPassword ??= GeneratePassword;
        var users = new List<(string User, string Password)> { (request.HostUser, newPassword()) };
        users.AddRange(request.Rigs.Select(r => (r, newPassword())));

        var passwd = new StringBuilder();
        foreach (var (user, password) in users)
        {
            passwd.Append(user).Append(':').Append(MosquittoPasswordHash.Hash(password)).Append('\n');
        }

        var files = new List<GeneratedFile>
        {
            new("mosquitto.conf", Config(request, folder, nowUtc), Public),
            new("passwd", passwd.ToString(), GroupReadable),
            new("acl", Acl(request), GroupReadable),
        };
        foreach (var (user, password) in users)
        {
            files.Add(new(Path.Combine("credentials", user + ".credentials"),
                "# ChandlerLoop MQTT credentials of '" + user + "'. Keep private (mode 0600).\nuser=" + user + "\npassword=" + password + "\n", Private));
        }

        return files;
    }

    /// <summary>A random password of <see cref="GeneratedPasswordLength"/> letters and digits.</summary>
    public static string GeneratePassword() => RandomNumberGenerator.GetString(Alphabet, GeneratedPasswordLength);

    private static string Config(BrokerConfigRequest r, string folder, DateTime nowUtc)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
        Line("# Mosquitto 2.0 configuration generated by `chandler broker config` at "
            + nowUtc.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) + ".");
        Line("# Rigs: " + string.Join(", ", r.Rigs) + "; host user: " + r.HostUser + ".");
        Line("per_listener_settings false");
        Line("allow_anonymous false");
        Line("password_file " + Path.Combine(folder, "passwd"));
        Line("acl_file " + Path.Combine(folder, "acl"));
        Line("persistence true");
        Line("persistence_location " + (r.PersistenceFolder.EndsWith('/') ? r.PersistenceFolder : r.PersistenceFolder + "/"));
        Line("# Rigs queue up to 16 messages themselves; the host must not lose any while it is slow.");
        Line("max_queued_messages 100000");
        Line("log_dest stderr");
        Line("log_type error");
        Line("log_type warning");
        Line("log_type notice");
        Line("connection_messages true");
        Line();
        if (r.TlsCertificateFile is null)
        {
            Line("listener " + Number(r.Port) + " " + r.ListenAddress);
        }
        else
        {
            Line("# Plain MQTT for the host on this machine only.");
            Line("listener " + Number(r.Port) + " 127.0.0.1");
            Line();
            Line("# MQTT over TLS for the rigs.");
            Line("listener " + Number(r.TlsPort) + " " + r.ListenAddress);
            Line("cafile " + Path.GetFullPath(r.CaFile!));
            Line("certfile " + Path.GetFullPath(r.TlsCertificateFile));
            Line("keyfile " + Path.GetFullPath(r.TlsKeyFile!));
            Line("require_certificate false");
            Line("tls_version tlsv1.2");
        }

        return text.ToString();
    }

    private static string Acl(BrokerConfigRequest r)
    {
        var text = new StringBuilder();
        text.Append("# Generated by `chandler broker config`. Users without a block here can do nothing.\n\n")
            .Append("# The host application: every rig's messages and commands.\n")
            .Append("user ").Append(r.HostUser).Append('\n')
            .Append("topic readwrite ").Append(RigTopics.Prefix).Append("#\n");
        foreach (var rig in r.Rigs)
        {
            text.Append("\n# Rig ").Append(rig).Append(": publishes only its own status, telemetry and events; reads only its own commands.\n")
                .Append("user ").Append(rig).Append('\n')
                .Append("topic write ").Append(RigTopics.Status(rig)).Append('\n')
                .Append("topic write ").Append(RigTopics.Telemetry(rig)).Append('\n')
                .Append("topic write ").Append(RigTopics.Events(rig)).Append('\n')
                .Append("topic read ").Append(RigTopics.Commands(rig)).Append('\n');
        }

        return text.ToString();
    }
}

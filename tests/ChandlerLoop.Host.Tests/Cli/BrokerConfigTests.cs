using ChandlerLoop.Host.Cli.Broker;
using ChandlerLoop.Host.Tests.Infrastructure;

namespace ChandlerLoop.Host.Tests.Cli;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BrokerConfigTests
{
    [Fact]
    public async Task Writes_config_password_file_acl_and_private_credentials_for_the_host_and_each_rig()
    {
        using var cli = new CliHarness();
        var folder = Path.Combine(cli.Root, "broker");

        var run = await cli.RunAsync("broker", "config", "--out", folder, "--rigs", "rig-01,rig-02");

        Assert.True(run.ExitCode == 0, run.ToString());
        var config = await File.ReadAllTextAsync(Path.Combine(folder, "mosquitto.conf"));
        Assert.Contains("allow_anonymous false", config, StringComparison.Ordinal);
        Assert.Contains("password_file " + Path.Combine(folder, "passwd"), config, StringComparison.Ordinal);
        Assert.Contains("acl_file " + Path.Combine(folder, "acl"), config, StringComparison.Ordinal);
        Assert.Contains("persistence true", config, StringComparison.Ordinal);
        Assert.Contains("listener 1883 127.0.0.1", config, StringComparison.Ordinal);

        var passwd = (await File.ReadAllLinesAsync(Path.Combine(folder, "passwd"))).ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..]);
        Assert.Equal(["chandler-host", "rig-01", "rig-02"], passwd.Keys.Order());
        foreach (var user in passwd.Keys)
        {
            var credentialsFile = Path.Combine(folder, "credentials", user + ".credentials");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(credentialsFile));
            var lines = await File.ReadAllLinesAsync(credentialsFile);
            Assert.Contains("user=" + user, lines);
            var password = lines.Single(l => l.StartsWith("password=", StringComparison.Ordinal))["password=".Length..];
            Assert.Equal(BrokerConfigFiles.GeneratedPasswordLength, password.Length);
            Assert.StartsWith("$7$101$", passwd[user], StringComparison.Ordinal);
            Assert.True(MosquittoPasswordHash.Verify(password, passwd[user]), user);
            Assert.DoesNotContain(password, run.Out, StringComparison.Ordinal);
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(Path.Combine(folder, "passwd")));
        var acl = await File.ReadAllTextAsync(Path.Combine(folder, "acl"));
        Assert.Contains("user chandler-host\ntopic readwrite chandler/v1/#\n", acl, StringComparison.Ordinal);
        Assert.Contains("user rig-01\ntopic write chandler/v1/rig-01/status\ntopic write chandler/v1/rig-01/telemetry\ntopic write chandler/v1/rig-01/events\ntopic read chandler/v1/rig-01/commands\n", acl, StringComparison.Ordinal);
        Assert.DoesNotContain("pattern", acl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Existing_files_are_never_replaced_without_force_and_then_nothing_is_written()
    {
        using var cli = new CliHarness();
        var folder = Path.Combine(cli.Root, "broker");
        await cli.RunAsync("broker", "config", "--out", folder, "--rigs", "rig-01");
        var before = await File.ReadAllTextAsync(Path.Combine(folder, "passwd"));

        var refused = await cli.RunAsync("broker", "config", "--out", folder, "--rigs", "rig-01,rig-02");
        var afterRefusal = await File.ReadAllTextAsync(Path.Combine(folder, "passwd"));
        var rig02AfterRefusal = File.Exists(Path.Combine(folder, "credentials", "rig-02.credentials"));
        var forced = await cli.RunAsync("broker", "config", "--out", folder, "--rigs", "rig-01,rig-02", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, afterRefusal);
        Assert.False(rig02AfterRefusal, "nothing is written when any file exists");
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(before, await File.ReadAllTextAsync(Path.Combine(folder, "passwd")));
        Assert.True(File.Exists(Path.Combine(folder, "credentials", "rig-02.credentials")));
    }

    [Theory]
    [InlineData("--rigs", "rig-01,Rig 2", "--rigs")]
    [InlineData("--rigs", "rig-01,rig-01", "listed twice")]
    [InlineData("--listen", "everywhere", "--listen")]
    [InlineData("--host-user", "rig-01", "--host-user")]
    [InlineData("--tls-cert", "/nonexistent/cert.pem", "--tls-cert, --tls-key and --ca go together")]
    [InlineData("--port", "70000", "--port")]
    public async Task Bad_input_is_refused_naming_the_option_and_nothing_is_written(string option, string value, string expected)
    {
        using var cli = new CliHarness();
        var folder = Path.Combine(cli.Root, "broker");
        string[] args = option == "--rigs"
            ? ["broker", "config", "--out", folder, "--rigs", value]
            : ["broker", "config", "--out", folder, "--rigs", "rig-01", option, value];

        var run = await cli.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Hash_uses_pbkdf2_sha512_with_the_given_salt_and_iterations()
    {
        var salt = new byte[MosquittoPasswordHash.SaltBytes];
        for (var i = 0; i < salt.Length; i++)
        {
            salt[i] = (byte)i;
        }

        var hash = MosquittoPasswordHash.Hash("correct horse", 1000, salt);
        var parts = hash.Split('$');
        var expected = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2("correct horse"u8.ToArray(), salt, 1000,
            System.Security.Cryptography.HashAlgorithmName.SHA512, 64);

        Assert.Equal(["", "7", "1000", Convert.ToBase64String(salt), Convert.ToBase64String(expected)], parts);
        Assert.True(MosquittoPasswordHash.Verify("correct horse", hash));
        Assert.False(MosquittoPasswordHash.Verify("correct horsE", hash));
        Assert.False(MosquittoPasswordHash.Verify("correct horse", "$6$" + hash[3..]));
    }
}

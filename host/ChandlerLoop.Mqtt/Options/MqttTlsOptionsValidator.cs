namespace ChandlerLoop.Mqtt;

/// <summary>Checks TLS settings at build time so a missing file is reported before connecting.</summary>
internal static class MqttTlsOptionsValidator
{
    public static void Validate(MqttClientTlsOptions? tls, List<string> problems)
    {
        if (tls is null)
        {
            return;
        }

        CheckFile(tls.CaCertificateFile, "CA certificate file (CaCertificateFile)", problems);
        CheckFile(tls.ClientCertificateFile, "client certificate file (ClientCertificateFile)", problems);
        CheckFile(tls.ClientKeyFile, "client key file (ClientKeyFile)", problems);
        if (tls.ClientKeyFile is not null && tls.ClientCertificateFile is null)
        {
            problems.Add("TLS: ClientKeyFile is set without ClientCertificateFile: set the PEM certificate that belongs to the key.");
        }

        if (tls.ClientCertificateFile is not null && IsPfx(tls.ClientCertificateFile) && tls.ClientKeyFile is not null)
        {
            problems.Add("TLS: a PFX client certificate already contains its key: remove ClientKeyFile.");
        }

        if (tls.TargetHost is not null && string.IsNullOrWhiteSpace(tls.TargetHost))
        {
            problems.Add("TLS: TargetHost is empty: set it to the name in the broker's certificate, or leave it null to use the server host.");
        }
    }

    public static bool IsPfx(string path) =>
        path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase);

    private static void CheckFile(string? path, string what, List<string> problems)
    {
        if (path is not null && !File.Exists(path))
        {
            problems.Add($"TLS: the {what} \"{path}\" does not exist: check the path (relative paths are resolved against {Environment.CurrentDirectory}).");
        }
    }
}

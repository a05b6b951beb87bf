namespace ChandlerLoop.Mqtt;

/// <summary>
/// TLS settings for <see cref="MqttClient"/> (through <see cref="System.Net.Security.SslStream"/>).
/// With <see cref="CaCertificateFile"/> the broker's chain is validated against that CA only
/// (custom root trust, the machine's store is ignored); without it, against the machine's store.
/// The broker's certificate must always match <see cref="TargetHost"/> (or the server host name).
/// </summary>
public sealed class MqttClientTlsOptions
{
    /// <summary>PEM or DER file with the CA certificate(s) that signed the broker's certificate.</summary>
    public string? CaCertificateFile { get; set; }

    /// <summary>Optional client certificate: a PEM certificate (with <see cref="ClientKeyFile"/>) or a PFX/PKCS#12 file (extension .pfx or .p12).</summary>
    public string? ClientCertificateFile { get; set; }

    /// <summary>PEM private key of the client certificate; null when the key is in the certificate file or it is a PFX.</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>Password of the PFX file or of an encrypted PEM key; null when not encrypted.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>Name the broker's certificate must carry; null means the host given to WithTcpServer.</summary>
    public string? TargetHost { get; set; }

    /// <summary>Accept any broker certificate (no chain or name check). For experiments only: it defeats TLS authentication.</summary>
    public bool AllowUntrustedCertificates { get; set; }
}

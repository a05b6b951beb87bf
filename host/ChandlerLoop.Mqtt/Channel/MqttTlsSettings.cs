using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ChandlerLoop.Mqtt.Channel;

/// <summary>
/// Turns <see cref="MqttClientTlsOptions"/> into <see cref="SslClientAuthenticationOptions"/>: the
/// broker's chain is validated against the given CA only (<see cref="X509ChainTrustMode.CustomRootTrust"/>),
/// the host name is always checked, and a client certificate is loaded from PEM (cert + key) or PFX.
/// </summary>
internal static class MqttTlsSettings
{
    public static SslClientAuthenticationOptions CreateAuthenticationOptions(MqttClientTlsOptions tls, string host)
    {
        X509Certificate2Collection? caCertificates = tls.CaCertificateFile is null ? null : LoadCaCertificates(tls.CaCertificateFile);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = tls.TargetHost ?? host,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => ValidateServerCertificate(tls, caCertificates, certificate, errors),
        };
        if (tls.ClientCertificateFile is not null)
        {
            options.ClientCertificates = new X509CertificateCollection { LoadClientCertificate(tls) };
        }

        return options;
    }

    /// <summary>
    /// Accepts the broker's certificate only if its name matches and its chain ends at one of the
    /// given CAs (or, without a CA file, at the machine's trusted roots).
    /// </summary>
    public static bool ValidateServerCertificate(MqttClientTlsOptions tls, X509Certificate2Collection? caCertificates, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (tls.AllowUntrustedCertificates)
        {
            return true;
        }

        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0)
        {
            return false;
        }

        if (caCertificates is null)
        {
            return errors == SslPolicyErrors.None;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(caCertificates);
        using var serverCertificate = new X509Certificate2(certificate);
        return chain.Build(serverCertificate);
    }

    private static X509Certificate2Collection LoadCaCertificates(string path)
    {
        var collection = new X509Certificate2Collection();
        string text = File.ReadAllText(path);
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            collection.ImportFromPem(text);
        }
        else
        {
            collection.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        if (collection.Count == 0)
        {
            throw new MqttConfigurationException($"The CA certificate file \"{path}\" contains no certificate.", nameof(MqttClientTlsOptions.CaCertificateFile));
        }

        return collection;
    }

    private static X509Certificate2 LoadClientCertificate(MqttClientTlsOptions tls)
    {
        string path = tls.ClientCertificateFile!;
        if (MqttTlsOptionsValidator.IsPfx(path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, tls.ClientCertificatePassword);
        }

        using X509Certificate2 pem = tls.ClientCertificatePassword is null
            ? X509Certificate2.CreateFromPemFile(path, tls.ClientKeyFile)
            : X509Certificate2.CreateFromEncryptedPemFile(path, tls.ClientCertificatePassword, tls.ClientKeyFile);

        // Re-import through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }
}

using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChandlerLoop.Mqtt.Channel;

namespace ChandlerLoop.Mqtt.Tests.Channel;

public class MqttTlsSettingsTests
{
    private static X509Certificate2 CreateCa(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static X509Certificate2 CreateServer(X509Certificate2 ca)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), new byte[] { 1, 2, 3, 4 });
    }

    [Fact]
    public void CertificateSignedByTheConfiguredCaIsAccepted()
    {
        using X509Certificate2 ca = CreateCa("Lab CA");
        using X509Certificate2 server = CreateServer(ca);
        var tls = new MqttClientTlsOptions { CaCertificateFile = "ca.pem" };

        // Chain errors reported by the platform (unknown root) are ignored: only the custom root counts.
        string? rejection = MqttTlsSettings.ValidateServerCertificate(tls, new X509Certificate2Collection(ca), server, SslPolicyErrors.RemoteCertificateChainErrors, "localhost");

        Assert.Null(rejection);
    }

    [Fact]
    public void CertificateFromAnotherCaIsRejectedWithTheCaFileNamed()
    {
        using X509Certificate2 ca = CreateCa("Lab CA");
        using X509Certificate2 other = CreateCa("Other CA");
        using X509Certificate2 server = CreateServer(ca);
        var tls = new MqttClientTlsOptions { CaCertificateFile = "other.pem" };

        string? rejection = MqttTlsSettings.ValidateServerCertificate(tls, new X509Certificate2Collection(other), server, SslPolicyErrors.RemoteCertificateChainErrors, "localhost");

        Assert.Contains("not signed by the CA in \"other.pem\"", rejection);
    }

    [Fact]
    public void NameMismatchIsRejectedEvenWithTheRightCa()
    {
        using X509Certificate2 ca = CreateCa("Lab CA");
        using X509Certificate2 server = CreateServer(ca);
        var tls = new MqttClientTlsOptions { CaCertificateFile = "ca.pem" };

        string? rejection = MqttTlsSettings.ValidateServerCertificate(tls, new X509Certificate2Collection(ca), server, SslPolicyErrors.RemoteCertificateNameMismatch, "broker.lab");

        Assert.Contains("does not name \"broker.lab\"", rejection);
    }

    [Fact]
    public void WithoutACaFileOnlyAFullyTrustedCertificateIsAccepted()
    {
        using X509Certificate2 ca = CreateCa("Lab CA");
        using X509Certificate2 server = CreateServer(ca);
        var tls = new MqttClientTlsOptions();

        Assert.Null(MqttTlsSettings.ValidateServerCertificate(tls, null, server, SslPolicyErrors.None, "localhost"));
        Assert.Contains("set CaCertificateFile", MqttTlsSettings.ValidateServerCertificate(tls, null, server, SslPolicyErrors.RemoteCertificateChainErrors, "localhost"));
    }

    [Fact]
    public void AllowUntrustedAcceptsAnything()
    {
        var tls = new MqttClientTlsOptions { AllowUntrustedCertificates = true };
        Assert.Null(MqttTlsSettings.ValidateServerCertificate(tls, null, null, SslPolicyErrors.RemoteCertificateNotAvailable, "x"));
    }
}

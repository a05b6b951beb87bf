using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;

/// <summary>
/// A throw-away certificate authority made for one test broker: a CA, a server certificate for
/// <c>localhost</c> / <c>127.0.0.1</c> and a client certificate, written as PEM files (ECDSA P-256,
/// fast to generate, read by both OpenSSL and .NET). Valid from one hour ago for one day.
/// </summary>
public sealed class TestCertificates
{
    private TestCertificates(string caCertificateFile, string serverCertificateFile, string serverKeyFile,
        string clientCertificateFile, string clientKeyFile)
    {
        CaCertificateFile = caCertificateFile;
        ServerCertificateFile = serverCertificateFile;
        ServerKeyFile = serverKeyFile;
        ClientCertificateFile = clientCertificateFile;
        ClientKeyFile = clientKeyFile;
    }

    /// <summary>PEM file of the CA certificate (give it to clients as their trust anchor).</summary>
    public string CaCertificateFile { get; }

    /// <summary>PEM file of the server certificate (subject alternative names localhost and 127.0.0.1).</summary>
    public string ServerCertificateFile { get; }

    /// <summary>PEM file (PKCS#8) of the server's private key.</summary>
    public string ServerKeyFile { get; }

    /// <summary>PEM file of a client certificate issued by the CA (common name <c>rig-01</c>).</summary>
    public string ClientCertificateFile { get; }

    /// <summary>PEM file (PKCS#8) of the client certificate's private key.</summary>
    public string ClientKeyFile { get; }

    /// <summary>Creates the CA and both certificates in <paramref name="directory"/>.</summary>
    public static TestCertificates Create(string directory)
    {
        var notBefore = DateTimeOffset.UtcNow.AddHours(-1);
        var notAfter = notBefore.AddDays(1);

        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=ChandlerLoop Test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(notBefore, notAfter);

        var caFile = Path.Combine(directory, "ca.crt");
        File.WriteAllText(caFile, ca.ExportCertificatePem() + "\n");

        var (serverCert, serverKey) = Issue(ca, "CN=localhost", serverAuth: true, notBefore, notAfter, serial: 2);
        var (clientCert, clientKey) = Issue(ca, "CN=rig-01", serverAuth: false, notBefore, notAfter, serial: 3);

        var serverCertFile = Path.Combine(directory, "server.crt");
        var serverKeyFile = Path.Combine(directory, "server.key");
        var clientCertFile = Path.Combine(directory, "client.crt");
        var clientKeyFile = Path.Combine(directory, "client.key");
        File.WriteAllText(serverCertFile, serverCert + "\n");
        File.WriteAllText(serverKeyFile, serverKey + "\n");
        File.WriteAllText(clientCertFile, clientCert + "\n");
        File.WriteAllText(clientKeyFile, clientKey + "\n");

        return new TestCertificates(caFile, serverCertFile, serverKeyFile, clientCertFile, clientKeyFile);
    }

    private static (string CertificatePem, string KeyPem) Issue(X509Certificate2 ca, string subject, bool serverAuth,
        DateTimeOffset notBefore, DateTimeOffset notAfter, byte serial)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        var usage = serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2";
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var certificate = request.Create(ca, notBefore, notAfter, [serial]);
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }
}

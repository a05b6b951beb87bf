using System;
using System.Security.Cryptography.X509Certificates;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Firmware.Settings
{
    /// <summary>Loads the broker's CA certificate (PEM) named by <c>broker.caCertificatePath</c>.</summary>
    public static class BrokerCertificate
    {
        /// <summary>The certificate, or null without TLS or when the file cannot be read
        /// (the TLS handshake then fails and the serial log says so).</summary>
        public static X509Certificate Load(IFileStore files, BrokerSettings broker)
        {
            if (!broker.UseTls)
            {
                return null;
            }

            byte[] pem = files.ReadAll(broker.CaCertificatePath);
            if (pem == null)
            {
                Console.WriteLine("tls: cannot read " + broker.CaCertificatePath + " (deploy the broker CA file)");
                return null;
            }

            try
            {
                return new X509Certificate(pem);
            }
            catch (Exception)
            {
                Console.WriteLine("tls: " + broker.CaCertificatePath + " is not a PEM certificate");
                return null;
            }
        }
    }
}

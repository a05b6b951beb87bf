namespace ChandlerLoop.Control.Device
{
    /// <summary>MQTT broker of the lab (<c>broker</c> in the settings file).</summary>
    public sealed class BrokerSettings
    {
        /// <summary>Host name or IPv4 address, 1–253 characters.</summary>
        public string Host { get; set; }

        /// <summary>TCP port, 1..65535. Default 8883 (MQTT over TLS).</summary>
        public int Port { get; set; } = 8883;

        /// <summary>Use TLS. Default true; a lab network without TLS must say so explicitly.</summary>
        public bool UseTls { get; set; } = true;

        /// <summary>Path of the broker's CA certificate (PEM) on the rig's flash, e.g.
        /// <c>I:\\broker-ca.pem</c>; required with TLS.</summary>
        public string CaCertificatePath { get; set; }

        /// <summary>User name the broker knows this rig by (per-rig credentials).</summary>
        public string Username { get; set; }

        /// <summary>Password of that user.</summary>
        public string Password { get; set; }
    }
}

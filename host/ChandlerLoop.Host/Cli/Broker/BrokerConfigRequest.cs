namespace ChandlerLoop.Host.Cli.Broker;

/// <summary>What <c>chandler broker config</c> generates, validated by <see cref="BrokerConfigFiles"/>.</summary>
internal sealed class BrokerConfigRequest
{
    /// <summary>Rig ids (= MQTT user names), e.g. rig-01.</summary>
    public required IReadOnlyList<string> Rigs { get; init; }

    /// <summary>The host application's MQTT user.</summary>
    public string HostUser { get; init; } = "chandler-host";

    /// <summary>Address of the network listener (plain, or TLS when certificates are given).</summary>
    public string ListenAddress { get; init; } = "127.0.0.1";

    /// <summary>Plain MQTT port.</summary>
    public int Port { get; init; } = 1883;

    /// <summary>TLS port, used when <see cref="TlsCertificateFile"/> is set.</summary>
    public int TlsPort { get; init; } = 8883;

    /// <summary>Server certificate (PEM) for the TLS listener.</summary>
    public string? TlsCertificateFile { get; init; }

    /// <summary>Server private key (PEM).</summary>
    public string? TlsKeyFile { get; init; }

    /// <summary>CA certificate (PEM) the rigs trust.</summary>
    public string? CaFile { get; init; }

    /// <summary>Folder where Mosquitto keeps its persistence database.</summary>
    public string PersistenceFolder { get; init; } = "/var/lib/mosquitto/";
}

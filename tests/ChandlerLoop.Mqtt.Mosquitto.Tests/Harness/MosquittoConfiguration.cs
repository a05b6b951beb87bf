namespace ChandlerLoop.Mqtt.Mosquitto.Tests.Harness;

/// <summary>
/// What a test broker should enable. The defaults are the rig deployment: password file and the
/// protocol's ACL (host, rig-01, rig-02 and a general <c>tester</c> user), no TLS, no persistence and
/// queues of 100,000 so that no test loses messages to Mosquitto's default of 1000 queued messages.
/// </summary>
public sealed class MosquittoConfiguration
{
    /// <summary>Password of every user the generated password file holds.</summary>
    public const string Password = "correct-horse-7";

    /// <summary>The host application: reads every rig's topics, writes every rig's commands.</summary>
    public const string HostUser = "host";

    /// <summary>A general user for tests that are not about the ACL: read/write under <c>test/#</c>.</summary>
    public const string TesterUser = "tester";

    /// <summary>A listener with a CA and server certificate (<see cref="MosquittoBroker.TlsPort"/>).</summary>
    public bool Tls { get; init; }

    /// <summary>
    /// Also a TLS listener that requires a client certificate issued by the test CA
    /// (<see cref="MosquittoBroker.ClientCertificateTlsPort"/>). Implies <see cref="Tls"/>.
    /// </summary>
    public bool ClientCertificateListener { get; init; }

    /// <summary>Keep sessions and queued messages across a restart (saved on a clean stop).</summary>
    public bool Persistence { get; init; }

    /// <summary>
    /// Per-client queue limit (Mosquitto's default of 1000 silently drops messages for a slow or
    /// offline subscriber). 0 means unlimited, but Mosquitto 2.0.11 then disconnects a client whose
    /// QoS 1 publish the ACL denies, so the default is a large finite limit.
    /// </summary>
    public int MaxQueuedMessages { get; init; } = 100_000;

    /// <summary>QoS 1 messages in flight per client; 0 means unlimited (Mosquitto's default is 20).</summary>
    public int MaxInflightMessages { get; init; } = 20;

    /// <summary>Queue QoS 0 messages for offline persistent sessions too (benchmark).</summary>
    public bool QueueQos0Messages { get; init; }

    /// <summary>Log every packet (connects, subscriptions, publishes); useful when a test fails.</summary>
    public bool VerboseLog { get; init; } = true;

    /// <summary>Rig users made in the password file; the ACL lets each one use only its own topics.</summary>
    public IReadOnlyList<string> RigUsers { get; init; } = ["rig-01", "rig-02"];

    /// <summary>
    /// The ACL in Mosquitto's acl_file syntax. <c>pattern</c> lines apply to every user with
    /// <c>%u</c> replaced by the user name, so each rig reaches only its own topics.
    /// </summary>
    public static string AclText =>
        """
        # The host application: every rig's messages, every rig's commands.
        user host
        topic read chandler/v1/+/#
        topic write chandler/v1/+/commands

        # General test user, for tests that are not about the rig ACL.
        user tester
        topic readwrite test/#

        # Each rig (user name = rig id) publishes only its own status, telemetry and events and reads
        # only its own commands.
        pattern write chandler/v1/%u/status
        pattern write chandler/v1/%u/telemetry
        pattern write chandler/v1/%u/events
        pattern read chandler/v1/%u/commands

        """;
}

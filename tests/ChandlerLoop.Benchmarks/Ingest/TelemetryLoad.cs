using System.Diagnostics;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Json;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Benchmarks.Ingest;

/// <summary>
/// Telemetry of many simulated rigs at 1 Hz each, as the firmware publishes it (QoS 0, one encoded
/// <see cref="TelemetryRecord"/> per rig per second, <c>seq</c> 1, 2, ...), over a few MQTT
/// connections (rig i on connection i mod C). Rigs are spread evenly over each second, so the broker
/// sees a steady stream of <c>rigs</c> messages per second, not one burst a second. The Stopwatch time
/// just before each PublishAsync is kept per (rig, seq) for the persist latency.
/// </summary>
internal sealed class TelemetryLoad
{
    private readonly int _port;
    private readonly int _rigs;
    private readonly int _connections;
    private readonly string _name;
    private long _published;
    private long _failed;

    public TelemetryLoad(int port, int rigs, int connections, int seconds, string name)
    {
        _port = port;
        _rigs = rigs;
        _connections = connections;
        _name = name;
        Seconds = seconds;
        PublishedAt = new long[rigs][];
        for (var i = 0; i < rigs; i++)
        {
            PublishedAt[i] = new long[seconds + 1];
        }
    }

    public int Seconds { get; }

    /// <summary>Stopwatch timestamp of each publish, [rig index][seq]; 0 when not published.</summary>
    public long[][] PublishedAt { get; }

    public long Published => Interlocked.Read(ref _published);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Connects all publishers, then publishes for <see cref="Seconds"/> s; returns the Stopwatch start.</summary>
    public async Task<long> RunAsync(Action<long>? started = null)
    {
        var clients = new MqttClient[_connections];
        for (var c = 0; c < _connections; c++)
        {
            clients[c] = new MqttClient(new MqttClientOptionsBuilder()
                .WithTcpServer("127.0.0.1", _port)
                .WithClientId($"{_name}-pub-{c}")
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(60))
                .Build());
            await clients[c].ConnectAsync();
        }

        var start = Stopwatch.GetTimestamp();
        started?.Invoke(start);
        await Task.WhenAll(Enumerable.Range(0, _connections).Select(c => Task.Run(() => PublishAsync(clients[c], c, start))));
        foreach (var client in clients)
        {
            await client.DisconnectAsync();
            await client.DisposeAsync();
        }

        return start;
    }

    private async Task PublishAsync(MqttClient client, int connection, long start)
    {
        var rigsHere = ((_rigs - connection - 1) / _connections) + 1;
        var total = rigsHere * Seconds;
        var next = 0;
        var sends = new List<Task>();
        while (next < total)
        {
            var elapsedSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            for (; next < total; next++)
            {
                var seq = (next / rigsHere) + 1;
                var rig = connection + ((next % rigsHere) * _connections);
                if ((seq - 1) + ((double)rig / _rigs) > elapsedSeconds)
                {
                    break;
                }

                sends.Add(SendAsync(client, rig, seq));
            }

            if (sends.Count > 0)
            {
                await Task.WhenAll(sends);
                sends.Clear();
            }

            await Task.Delay(2);
        }
    }

    private async Task SendAsync(MqttClient client, int rig, int seq)
    {
        var rigKey = BenchmarkDatabase.RigKey(rig);
        var record = new TelemetryRecord(rigKey, BenchmarkDatabase.RunKey(rig), seq, 100 + seq, RigState.Running,
            37.0 + ((seq % 7) * 0.01), 36.9, 37, 0.2, 30.1, 30, seq, RigFault.None);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(RigTopics.Telemetry(rigKey))
            .WithPayload(ProtocolJson.Encode(record))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce)
            .Build();
        PublishedAt[rig][seq] = Stopwatch.GetTimestamp();
        try
        {
            var result = await client.PublishAsync(message);
            if (result.IsSuccess)
            {
                Interlocked.Increment(ref _published);
                return;
            }
        }
        catch (MqttCommunicationException)
        {
        }

        PublishedAt[rig][seq] = 0;
        Interlocked.Increment(ref _failed);
    }
}

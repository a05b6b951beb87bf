using System.Text;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>The device has ~100 KB of heap and a stop-the-world collector. Decoding and
/// answering commands and encoding telemetry and events allocate nothing; the one documented
/// exception is an accepted set_gains, which creates one immutable PidGains.</summary>
public class ProtocolAllocationTests
{
    private static long Allocated(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Decoding_and_applying_an_accepted_ack_sample_allocates_nothing()
    {
        var rig = new ProtocolTestRig();
        rig.StartRunning();
        // Warm-up (JIT, first calls) with refused acknowledgements of the same shape.
        for (int i = 0; i < 3; i++)
        {
            rig.Send(Utf8(ProtocolTestRig.Command("c-w" + i, "ack_sample", "\"sample\":1,\"tube\":\"T-0" + i + "\"")));
        }

        byte[] payload = Utf8(ProtocolTestRig.Command("c-ack", "ack_sample", "\"sample\":0,\"tube\":\"T-01\""));
        double now = rig.Scenario.Now;
        CommandOutcome outcome = CommandOutcome.Ignored;
        long bytes = Allocated(() => outcome = rig.Processor.Process(payload, payload.Length, now));
        Assert.Equal(CommandOutcome.Accepted, outcome);
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Refused_and_rejected_payloads_allocate_nothing()
    {
        var rig = new ProtocolTestRig();
        var payloads = new List<byte[]>();
        foreach (string file in Directory.GetFiles(GoldenFiles.InvalidDirectory).Where(f => !f.EndsWith(".md")))
        {
            payloads.Add(File.ReadAllBytes(file));
        }

        for (int i = 0; i < 40; i++)
        {
            payloads.Add(Utf8(ProtocolTestRig.Command("c-r" + i, "confirm_loaded")));
            payloads.Add(Utf8(ProtocolTestRig.Command("c-s" + i, "set_gains", "\"kp\":1,\"ki\":0.01,\"kd\":0,\"max_duty\":2")));
        }

        double now = rig.Scenario.Now;
        foreach (byte[] p in payloads.Take(5))
        {
            rig.Processor.Process(p, p.Length, now);
        }

        long bytes = Allocated(() =>
        {
            foreach (byte[] p in payloads)
            {
                rig.Processor.Process(p, p.Length, now);
            }
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Decoding_every_golden_command_allocates_nothing()
    {
        var decoder = new CommandDecoder("rig-01");
        var command = new DecodedCommand();
        var payloads = Directory.GetFiles(GoldenFiles.ExamplesDirectory, "command-*.json").Select(File.ReadAllBytes).ToArray();
        foreach (byte[] p in payloads)
        {
            decoder.Decode(p, p.Length, command);
        }

        long bytes = Allocated(() =>
        {
            for (int round = 0; round < 100; round++)
            {
                foreach (byte[] p in payloads)
                {
                    decoder.Decode(p, p.Length, command);
                }
            }
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void Encoding_telemetry_status_and_every_event_allocates_nothing()
    {
        var writer = new JsonWriter(ProtocolLimits.MaxRigMessageBytes);
        var rigId = new Utf8Text(32);
        rigId.Set("rig-01");
        var run = new Utf8Text(40);
        run.Set("R-1");
        var text = new Utf8Text(200);
        text.Set("detail °C");
        var record = new TelemetryRecord { Sequence = 1, TimeSeconds = 1.5, ControlCelsius = 37.01, SafetyCelsius = double.NaN };
        var calibration = new StatusCalibration();
        calibration.Set(-0.07, 0.19, "2026-11-20", null);
        void EncodeAll(int i)
        {
            record.Sequence = i + 1;
            record.Replay = (i & 1) == 0;
            RigMessageEncoder.WriteTelemetry(writer, rigId, run, record);
            RigMessageEncoder.WriteStatus(writer, rigId, RunState.Running, "0.1.0", run, FaultCode.None, i);
            RigMessageEncoder.WriteStatus(writer, rigId, RunState.Running, "0.1.0", run, FaultCode.None, i, calibration);
            RigMessageEncoder.WriteOfflineStatus(writer, rigId);
            RigEventEncoder.WriteStateChanged(writer, rigId, run, i, i, RunState.Ready, RunState.Running, 0);
            RigEventEncoder.WriteSampleDue(writer, rigId, run, i, i, 1, 15);
            RigEventEncoder.WriteSampleTaken(writer, rigId, run, i, i, 1, 15, 901.5, text);
            RigEventEncoder.WriteFault(writer, rigId, run, i, i, FaultCode.OverTemperature, 39.5, 39);
            RigEventEncoder.WriteFaultCleared(writer, rigId, run, i, i, FaultCode.OverTemperature);
            RigEventEncoder.WriteCommandResult(writer, rigId, run, i, i, text, text, ProtocolReason.WrongState, text);
            RigEventEncoder.WriteMessageRejected(writer, rigId, run, i, i, ProtocolReason.TooLarge, text);
            RigEventEncoder.WriteAutotuneResult(writer, rigId, run, i, i, AutotuneAbortReason.None, 0.4, 180, 1, 0.01, 0);
        }

        EncodeAll(0);
        long bytes = Allocated(() =>
        {
            for (int i = 1; i < 2000; i++)
            {
                EncodeAll(i);
            }
        });
        Assert.Equal(0, bytes);
    }

    [Fact]
    public void An_accepted_set_gains_allocates_only_its_pid_gains()
    {
        var rig = new ProtocolTestRig();
        rig.Send(Utf8(ProtocolTestRig.Command("c-g0", "set_gains", "\"kp\":1,\"ki\":0.01,\"kd\":0")));
        byte[] payload = Utf8(ProtocolTestRig.Command("c-g1", "set_gains", "\"kp\":2,\"ki\":0.02,\"kd\":1"));
        double now = rig.Scenario.Now;
        CommandOutcome outcome = CommandOutcome.Ignored;
        long bytes = Allocated(() => outcome = rig.Processor.Process(payload, payload.Length, now));
        Assert.Equal(CommandOutcome.Accepted, outcome);
        long oneGains = Allocated(() => GC.KeepAlive(new PidGains(1, 1, 1, 1, 1, 0, 1)));
        Assert.Equal(oneGains, bytes);
    }
}

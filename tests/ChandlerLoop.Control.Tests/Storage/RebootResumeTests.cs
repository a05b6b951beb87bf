using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

/// <summary>
/// What the firmware does at boot when the flash log holds an interrupted run: the run id and the
/// numbering survive, so the interrupted run can still be back-filled and no sequence number is
/// reused for a different record.
/// </summary>
public class RebootResumeTests
{
    [Fact]
    public void After_a_reboot_numbering_continues_the_interrupted_run_and_old_records_stay_readable()
    {
        var file = new InMemoryRecordFile();
        var counters = new RigMessageCounters();
        var before = new FlashTelemetryLog(file, 100);
        Assert.True(before.StartRun("R-20261121-01"));
        var bytes = new byte[TelemetryRecordLayout.RecordSize];
        for (int i = 1; i <= 40; i++)
        {
            TelemetryRecordLayout.Write(TelemetryRecordLayoutTests.Sample(i), bytes, 0);
            Assert.True(before.Append(bytes, 0));
        }

        // Power cut: RAM (counters, ring) is gone; the flash log survives.
        var log = new FlashTelemetryLog(file, 100);
        var rebooted = new RigMessageCounters();
        Assert.True(log.Open());
        Assert.True(rebooted.ResumeRun(log.RunId, log.NewestSequence));

        Assert.True(rebooted.HasRun);
        Assert.True(rebooted.Run.Equals("R-20261121-01"));
        Assert.Equal(41, rebooted.NextTelemetrySequence());

        TelemetryRecordLayout.Write(TelemetryRecordLayoutTests.Sample(41), bytes, 0);
        Assert.True(log.Append(bytes, 0));
        var read = new TelemetryRecord();
        Assert.True(log.TryRead(12, read));
        Assert.Equal(12, read.Sequence);
        Assert.True(log.TryRead(41, read));
        Assert.False(counters.HasRun, "a fresh counter set knows no run until it is resumed or started");
    }

    [Theory]
    [InlineData(null, 5)]
    [InlineData("", 5)]
    [InlineData("R-1", -1)]
    [InlineData("R-12345678901234567890123456789012345678901", 5)]
    public void Resume_refuses_what_a_log_cannot_hold_and_changes_nothing(string? runId, int last)
    {
        var counters = new RigMessageCounters();

        Assert.False(counters.ResumeRun(runId!, last));

        Assert.False(counters.HasRun);
        Assert.Equal(1, counters.NextTelemetrySequence());
    }
}

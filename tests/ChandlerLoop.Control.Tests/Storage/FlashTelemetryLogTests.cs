using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

public class FlashTelemetryLogTests
{
    private static byte[] Bytes(int sequence)
    {
        var bytes = new byte[TelemetryRecordLayout.RecordSize];
        TelemetryRecordLayout.Write(TelemetryRecordLayoutTests.Sample(sequence), bytes, 0);
        return bytes;
    }

    private static void AppendRange(FlashTelemetryLog log, int first, int last)
    {
        for (int seq = first; seq <= last; seq++)
        {
            Assert.True(log.Append(Bytes(seq), 0));
        }
    }

    [Fact]
    public void File_never_grows_beyond_header_plus_capacity_records()
    {
        var file = new InMemoryRecordFile();
        var log = new FlashTelemetryLog(file, 100);
        Assert.True(log.StartRun("R-20261121-01"));
        AppendRange(log, 1, 250);

        Assert.Equal(64 + 100 * 48, file.Length);
        Assert.Equal(log.FullSizeBytes, file.Length);
        Assert.Equal(151, log.OldestSequence);
        Assert.Equal(250, log.NewestSequence);
    }

    [Fact]
    public void After_a_reboot_the_run_and_its_records_are_found_again()
    {
        var file = new InMemoryRecordFile();
        var log = new FlashTelemetryLog(file, 100);
        log.StartRun("R-20261121-01");
        AppendRange(log, 1, 137);

        var reopened = new FlashTelemetryLog(file, 100);
        Assert.True(reopened.Open());
        Assert.Equal("R-20261121-01", reopened.RunId);
        Assert.Equal(38, reopened.OldestSequence);
        Assert.Equal(137, reopened.NewestSequence);
        var read = new TelemetryRecord();
        Assert.True(reopened.TryRead(38, read));
        Assert.Equal(38, read.Sequence);
        Assert.False(reopened.TryRead(37, read));
    }

    [Fact]
    public void A_torn_record_is_lost_alone()
    {
        var file = new InMemoryRecordFile();
        var log = new FlashTelemetryLog(file, 50);
        log.StartRun("run-1");
        AppendRange(log, 1, 20);
        file.Bytes[64 + 9 * 48 + 20] ^= 0xFF; // record 10 torn

        var reopened = new FlashTelemetryLog(file, 50);
        reopened.Open();
        var read = new TelemetryRecord();
        Assert.False(reopened.TryRead(10, read));
        Assert.True(reopened.TryRead(9, read));
        Assert.True(reopened.TryRead(11, read));
        Assert.Equal(20, reopened.NewestSequence);
    }

    [Fact]
    public void A_new_run_empties_the_log()
    {
        var file = new InMemoryRecordFile();
        var log = new FlashTelemetryLog(file, 50);
        log.StartRun("run-1");
        AppendRange(log, 1, 30);
        log.StartRun("run-2");
        AppendRange(log, 1, 3);

        var reopened = new FlashTelemetryLog(file, 50);
        reopened.Open();
        Assert.Equal("run-2", reopened.RunId);
        Assert.Equal(1, reopened.OldestSequence);
        Assert.Equal(3, reopened.NewestSequence);
    }

    [Fact]
    public void A_header_written_for_another_capacity_or_corrupted_is_not_opened()
    {
        var file = new InMemoryRecordFile();
        new FlashTelemetryLog(file, 50).StartRun("run-1");
        Assert.False(new FlashTelemetryLog(file, 60).Open());

        file.Bytes[10] ^= 0x01;
        var log = new FlashTelemetryLog(file, 50);
        Assert.False(log.Open());
        Assert.Null(log.RunId);
    }

    [Fact]
    public void Appends_are_refused_without_a_run_or_when_the_bytes_are_not_a_record()
    {
        var log = new FlashTelemetryLog(new InMemoryRecordFile(), 10);
        Assert.False(log.Append(Bytes(1), 0));
        log.StartRun("run-1");
        var garbage = Bytes(1);
        garbage[5] ^= 0x01;
        Assert.False(log.Append(garbage, 0));
        Assert.Equal(0, log.NewestSequence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("R-0123456789-0123456789-0123456789-012345")]
    public void Run_ids_outside_1_to_40_characters_are_refused(string runId)
    {
        Assert.False(new FlashTelemetryLog(new InMemoryRecordFile(), 10).StartRun(runId));
    }
}

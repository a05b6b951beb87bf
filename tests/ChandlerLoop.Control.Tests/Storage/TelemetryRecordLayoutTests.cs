using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

public class TelemetryRecordLayoutTests
{
    internal static TelemetryRecord Sample(int sequence) => new()
    {
        // The values of docs/protocol/examples/telemetry.json.
        Sequence = sequence,
        TimeSeconds = 5400.5,
        State = RunState.Running,
        ControlCelsius = 37.012,
        SafetyCelsius = 37.125,
        SetCelsius = 37.0,
        DutyCycle = 0.153,
        MeasuredRpm = 30.02,
        CommandedRpm = 30.0,
        ExposureSeconds = 905.5,
        Fault = FaultCode.None,
    };

    [Fact]
    public void A_record_reads_back_with_every_field_at_protocol_resolution()
    {
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        Assert.True(TelemetryRecordLayout.Write(Sample(1834), buffer, 0));

        var read = new TelemetryRecord();
        Assert.Equal(RecordReadResult.Valid, TelemetryRecordLayout.Read(buffer, 0, read));
        Assert.Equal(1834, read.Sequence);
        Assert.Equal(5400.5, read.TimeSeconds, 9);
        Assert.Equal(RunState.Running, read.State);
        Assert.Equal(37.012, read.ControlCelsius, 9);
        Assert.Equal(37.125, read.SafetyCelsius, 9);
        Assert.Equal(37.0, read.SetCelsius, 9);
        Assert.Equal(0.153, read.DutyCycle, 9);
        Assert.Equal(30.02, read.MeasuredRpm, 9);
        Assert.Equal(30.0, read.CommandedRpm, 9);
        Assert.Equal(905.5, read.ExposureSeconds, 9);
        Assert.Equal(FaultCode.None, read.Fault);
    }

    [Fact]
    public void Values_are_rounded_half_away_from_zero_to_the_stored_resolution()
    {
        var record = Sample(1);
        record.ControlCelsius = 37.0125;   // m°C: 37012.5 -> 37013
        record.SafetyCelsius = -0.0015;    // -1.5 m°C -> -2 m°C
        record.MeasuredRpm = 29.996;       // 2999.6 centi-rpm -> 3000
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        TelemetryRecordLayout.Write(record, buffer, 0);

        var read = new TelemetryRecord();
        TelemetryRecordLayout.Read(buffer, 0, read);
        Assert.Equal(37.013, read.ControlCelsius, 9);
        Assert.Equal(-0.002, read.SafetyCelsius, 9);
        Assert.Equal(30.0, read.MeasuredRpm, 9);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e12)]
    public void Unavailable_or_unrepresentable_readings_come_back_as_NaN(double reading)
    {
        var record = Sample(1);
        record.ControlCelsius = reading;
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        TelemetryRecordLayout.Write(record, buffer, 0);

        var read = new TelemetryRecord();
        TelemetryRecordLayout.Read(buffer, 0, read);
        Assert.True(double.IsNaN(read.ControlCelsius));
        Assert.Equal(37.125, read.SafetyCelsius, 9);
    }

    [Fact]
    public void Duty_is_clamped_to_0_1()
    {
        var record = Sample(1);
        record.DutyCycle = 1.7;
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        TelemetryRecordLayout.Write(record, buffer, 0);
        var read = new TelemetryRecord();
        TelemetryRecordLayout.Read(buffer, 0, read);
        Assert.Equal(1.0, read.DutyCycle);
    }

    [Fact]
    public void Any_corrupted_byte_is_detected_and_leaves_the_output_untouched()
    {
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        TelemetryRecordLayout.Write(Sample(7), buffer, 0);
        for (int i = 3; i < TelemetryRecordLayout.RecordSize; i++)
        {
            buffer[i] ^= 0x10;
            var read = new TelemetryRecord { Sequence = -5 };
            Assert.Equal(RecordReadResult.ChecksumMismatch, TelemetryRecordLayout.Read(buffer, 0, read));
            Assert.Equal(-5, read.Sequence);
            Assert.Equal(0, TelemetryRecordLayout.ReadSequence(buffer, 0));
            buffer[i] ^= 0x10;
        }
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0xFF)]
    public void Erased_slots_read_as_empty(byte fill)
    {
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        System.Array.Fill(buffer, fill);
        Assert.Equal(RecordReadResult.Empty, TelemetryRecordLayout.Read(buffer, 0, new TelemetryRecord()));
    }

    [Fact]
    public void Wrong_magic_or_version_is_not_a_record()
    {
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        TelemetryRecordLayout.Write(Sample(1), buffer, 0);
        buffer[2] = 2;
        Assert.Equal(RecordReadResult.NotARecord, TelemetryRecordLayout.Read(buffer, 0, new TelemetryRecord()));
    }

    [Fact]
    public void Writing_past_the_end_is_refused()
    {
        var buffer = new byte[TelemetryRecordLayout.RecordSize + 10];
        Assert.False(TelemetryRecordLayout.Write(Sample(1), buffer, 11));
        Assert.True(TelemetryRecordLayout.Write(Sample(1), buffer, 10));
        Assert.Equal(RecordReadResult.OutOfBounds, TelemetryRecordLayout.Read(buffer, 11, new TelemetryRecord()));
    }

    [Fact]
    public void Writing_allocates_nothing()
    {
        var buffer = new byte[TelemetryRecordLayout.RecordSize];
        var record = Sample(1);
        var read = new TelemetryRecord();
        TelemetryRecordLayout.Write(record, buffer, 0);
        TelemetryRecordLayout.Read(buffer, 0, read);
        long before = System.GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i < 2000; i++)
        {
            record.Sequence = i;
            TelemetryRecordLayout.Write(record, buffer, 0);
            TelemetryRecordLayout.Read(buffer, 0, read);
        }

        Assert.Equal(before, System.GC.GetAllocatedBytesForCurrentThread());
    }
}

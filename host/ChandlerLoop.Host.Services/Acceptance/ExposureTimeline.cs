using ChandlerLoop.Data.Entities;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Host.Services.Acceptance;

/// <summary>
/// The exposure phase of a run's telemetry on the rig's own time axis. t0 in rig time is
/// <c>t_s − exp_s</c> of the first record in <c>running</c>/<c>sample_due</c> (the exposure clock never
/// pauses); the window ends at the first such record whose exposure clock has reached its final value
/// (rotation stops there; a t_end sample may keep the run in <c>sample_due</c> afterwards). Each stored
/// record holds from its rig time until the next stored record when that one is the next sequence number;
/// a stretch between two records with a sequence gap between them, or before the first stored record,
/// is missing. Weighting by rig time (not by record count) keeps a changed record rate from skewing shares.
/// </summary>
internal sealed class ExposureTimeline
{
    private static readonly string Running = ProtocolNames.ToWire(RigState.Running);
    private static readonly string SampleDue = ProtocolNames.ToWire(RigState.SampleDue);

    private ExposureTimeline(double t0, double end, double exposure, IReadOnlyList<TelemetrySegment> segments, IReadOnlyList<SequenceRange> missing)
    {
        T0RigSeconds = t0;
        EndRigSeconds = end;
        MeasuredExposureSeconds = exposure;
        Segments = segments;
        MissingRanges = missing;
    }

    /// <summary>Rig time of t0, s since boot.</summary>
    public double T0RigSeconds { get; }

    /// <summary>Rig time of the end of exposure, s since boot.</summary>
    public double EndRigSeconds { get; }

    /// <summary>Length of the window, s.</summary>
    public double WindowSeconds => EndRigSeconds - T0RigSeconds;

    /// <summary>The highest exposure clock value reported, s.</summary>
    public double MeasuredExposureSeconds { get; }

    /// <summary>The window cut into segments, in time order; their lengths add up to <see cref="WindowSeconds"/>.</summary>
    public IReadOnlyList<TelemetrySegment> Segments { get; }

    /// <summary>Sequence ranges missing from storage whose time overlaps the window.</summary>
    public IReadOnlyList<SequenceRange> MissingRanges { get; }

    /// <summary>True for a record of the exposure phase (state running or sample_due).</summary>
    public static bool IsExposureState(TelemetryPoint record) => record.State == Running || record.State == SampleDue;

    /// <summary>True when the record's state is sample_due.</summary>
    public static bool IsSampleDue(TelemetryPoint record) => record.State == SampleDue;

    /// <summary>Builds the timeline from all stored records of a run; null when no record is in the exposure phase.</summary>
    public static ExposureTimeline? Build(IEnumerable<TelemetryPoint> telemetry)
    {
        var records = telemetry.OrderBy(r => r.Sequence).ToList();
        var exposure = records.Where(IsExposureState).ToList();
        if (exposure.Count == 0)
        {
            return null;
        }

        var first = exposure[0];
        var t0 = first.TimeSinceBootSeconds - first.ExposureSeconds;
        var maxExposure = exposure.Max(r => r.ExposureSeconds);
        var last = exposure.First(r => r.ExposureSeconds >= maxExposure);
        var end = last.TimeSinceBootSeconds;
        var segments = new List<TelemetrySegment>();
        var missing = new List<SequenceRange>();

        void Add(double from, double to, TelemetryPoint? record)
        {
            var start = Math.Max(from, t0);
            var stop = Math.Min(to, end);
            if (stop > start)
            {
                segments.Add(new TelemetrySegment(start, stop, record));
            }
        }

        var firstStored = records[0];
        if (firstStored.TimeSinceBootSeconds > t0)
        {
            Add(t0, firstStored.TimeSinceBootSeconds, null);
            if (firstStored.Sequence > 1)
            {
                missing.Add(new SequenceRange(1, firstStored.Sequence - 1));
            }
        }

        for (var i = 0; i + 1 < records.Count; i++)
        {
            var a = records[i];
            var b = records[i + 1];
            if (a.TimeSinceBootSeconds >= end)
            {
                break;
            }

            var contiguous = b.Sequence == a.Sequence + 1;
            Add(a.TimeSinceBootSeconds, b.TimeSinceBootSeconds, contiguous ? a : null);
            if (!contiguous && Math.Max(a.TimeSinceBootSeconds, t0) < Math.Min(b.TimeSinceBootSeconds, end))
            {
                missing.Add(new SequenceRange(a.Sequence + 1L, b.Sequence - 1L));
            }
        }

        return new ExposureTimeline(t0, end, maxExposure, segments, missing);
    }
}

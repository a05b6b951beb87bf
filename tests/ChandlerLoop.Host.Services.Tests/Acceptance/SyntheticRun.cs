using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Acceptance;

namespace ChandlerLoop.Host.Services.Tests.Acceptance;

/// <summary>
/// A synthetic run for the evaluator: 1 Hz telemetry (10 ready records, exposure records with exp_s 0..1800
/// at rig time 11..1811, then 5 sample_due records with the drum stopped and exp_s frozen, then completed),
/// a negative control, a test article and a positive control of one donor, samples at 0 and 30 min with
/// plausible results. Every check passes as built; tests change one thing.
/// </summary>
internal sealed class SyntheticRun
{
    public const int LeadRecords = 10;
    public const int ExposureSeconds = 1800;

    public static readonly DateTime T0Utc = new(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);

    public SyntheticRun()
    {
        Run = new Run { Id = 1, RunKey = "R-20261121-01", State = RunState.Completed, LoadedAtUtc = T0Utc, EndedAtUtc = T0Utc.AddSeconds(ExposureSeconds + 120) };
        Donor = new Donor { Id = 1, PseudonymousId = "D-001", DrawnAtUtc = T0Utc.AddMinutes(-20), Anticoagulant = "heparin", AnticoagulantDoseIuPerMilliliter = 1.0 };
        NegativeControl = AddLoop(1, LoopRole.NegativeControl, 0);
        TestArticle = AddLoop(2, LoopRole.TestArticle, 15000);
        PositiveControl = AddLoop(3, LoopRole.PositiveControl, 15000);
        foreach (var loop in Loops)
        {
            for (var i = 0; i < 2; i++)
            {
                Samples.Add(new Sample { Id = loop.Id * 10 + i, LoopId = loop.Id, ScheduleIndex = i, PlannedOffsetMinutes = i * 30, TakenAtUtc = T0Utc.AddMinutes(i * 30) });
            }
        }

        SetResult(NegativeControl, 0, "PLT", 250);
        SetResult(NegativeControl, 1, "PLT", 220); // 12 % consumption
        SetResult(TestArticle, 0, "PLT", 250);
        SetResult(TestArticle, 1, "PLT", 200);
        SetResult(PositiveControl, 0, "PLT", 250);
        SetResult(PositiveControl, 1, "PLT", 100); // 60 % consumption
        SetResult(NegativeControl, 0, "TAT", 3);
        SetResult(NegativeControl, 1, "TAT", 15); // 5× its t0
        SetResult(PositiveControl, 0, "TAT", 3);
        SetResult(PositiveControl, 1, "TAT", 300); // 20× the negative control
        Telemetry = Series();
    }

    public Run Run { get; }

    public Donor Donor { get; }

    public Loop NegativeControl { get; }

    public Loop TestArticle { get; }

    public Loop PositiveControl { get; }

    public List<Loop> Loops { get; } = [];

    public List<Sample> Samples { get; } = [];

    public List<MarkerResult> Results { get; } = [];

    public List<TelemetryPoint> Telemetry { get; set; }

    public List<RigEvent> Events { get; } = [];

    public AcceptanceCriteria Criteria { get; set; } = AcceptanceCriteria.FromTemplate(new ProtocolTemplate());

    /// <summary>1 Hz records; exposure record i (0..1800) has exp_s = i, rig time <see cref="LeadRecords"/> + 1 + i and seq likewise.</summary>
    public static List<TelemetryPoint> Series(Func<int, double?>? temperature = null, Func<int, double>? rpm = null, Func<int, string>? state = null)
    {
        var list = new List<TelemetryPoint>();
        var seq = 0;
        for (var i = 0; i < LeadRecords; i++)
        {
            seq++;
            list.Add(Point(seq, seq, "ready", 37.0, 0, 0));
        }

        for (var i = 0; i <= ExposureSeconds; i++)
        {
            seq++;
            list.Add(Point(seq, seq, state?.Invoke(i) ?? "running", temperature is null ? 37.0 : temperature(i), rpm?.Invoke(i) ?? 30.0, i));
        }

        for (var i = 0; i < 5; i++)
        {
            seq++;
            list.Add(Point(seq, seq, "sample_due", 37.0, 0.0, ExposureSeconds));
        }

        seq++;
        list.Add(Point(seq, seq, "completed", 37.0, 0.0, ExposureSeconds));
        return list;
    }

    public static TelemetryPoint Point(int seq, double rigSeconds, string state, double? temperature, double rpm, double exposure) => new()
    {
        RunId = 1,
        Sequence = seq,
        TimeSinceBootSeconds = rigSeconds,
        State = state,
        ControlTemperatureCelsius = temperature,
        SafetyTemperatureCelsius = temperature,
        SetpointCelsius = 37.0,
        DrumSpeedRpm = rpm,
        DrumSpeedSetpointRpm = state is "running" or "sample_due" ? 30.0 : 0.0,
        ExposureSeconds = exposure,
        Fault = "none",
    };

    public Sample SampleOf(Loop loop, int scheduleIndex) => Samples.Single(s => s.LoopId == loop.Id && s.ScheduleIndex == scheduleIndex);

    public MarkerResult SetResult(Loop loop, int scheduleIndex, string analyte, double value, bool belowLloq = false, bool aboveUloq = false, double? lloq = null, double? uloq = null)
    {
        var sample = SampleOf(loop, scheduleIndex);
        Results.RemoveAll(r => r.SampleId == sample.Id && r.Analyte == analyte);
        var result = new MarkerResult
        {
            Id = Results.Count + 1,
            SampleId = sample.Id,
            Analyte = analyte,
            Value = value,
            Unit = analyte == "PLT" ? "10^9/L" : "ug/L",
            IsBelowLloq = belowLloq,
            IsAboveUloq = aboveUloq,
            LloqValue = lloq,
            UloqValue = uloq,
            EnteredAtUtc = T0Utc.AddHours(2),
        };
        Results.Add(result);
        return result;
    }

    public void RemoveResult(Loop loop, int scheduleIndex, string analyte)
    {
        var sample = SampleOf(loop, scheduleIndex);
        Results.RemoveAll(r => r.SampleId == sample.Id && r.Analyte == analyte);
    }

    public AcceptanceInputs Inputs() => new()
    {
        Run = Run,
        Telemetry = Telemetry,
        Events = Events,
        Loops = Loops,
        Samples = Samples,
        Results = Results,
        Donors = [Donor],
    };

    public AcceptanceReport Evaluate() => AcceptanceEvaluator.Evaluate(Criteria, Inputs());

    public AcceptanceCheck Check(string code) => Evaluate().Check(code) ?? throw new InvalidOperationException("no check " + code);

    private Loop AddLoop(int position, LoopRole role, double dose)
    {
        var loop = new Loop
        {
            Id = position,
            RunId = 1,
            Position = position,
            Role = role,
            DoseCellsPerMilliliter = dose,
            BloodVolumeMilliliters = 7.0,
            VehicleFractionPercent = 5.0,
            DonorId = 1,
        };
        Loops.Add(loop);
        return loop;
    }
}

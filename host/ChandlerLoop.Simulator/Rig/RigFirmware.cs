using System.Globalization;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Rotation;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Storage;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Storage;
using RigCalibration = ChandlerLoop.Protocol.Messages.RigCalibration;

namespace ChandlerLoop.Simulator.Rig;

/// <summary>
/// Everything a rig holds in RAM between two boots, wired as the firmware's <c>Program.Main</c>
/// wires it: the core's <see cref="RigController"/> (SafetySupervisor, RotationController,
/// RunSequencer, PidController with <see cref="DefaultGains"/>), <see cref="RigMessageCounters"/>,
/// <see cref="RigCommandProcessor"/>, <see cref="RigEventTracker"/>, the telemetry store's RAM ring
/// (over the surviving flash log), the outbound queue and the back-fill cursor. It does what the
/// firmware's ControlLoop, CommandHandler and StatusSource do, with rig time passed in. A reboot
/// throws the instance away and builds a new one.
/// </summary>
internal sealed class RigFirmware
{
    private const double StatusRefreshSeconds = 60.0;

    private readonly RigController _rig;
    private readonly RigMessageCounters _counters = new();
    private readonly RigCommandProcessor _processor;
    private readonly RigEventTracker _events;
    private readonly SimulatedTelemetryStore _store;
    private readonly BackfillCursor _backfill = new();
    private readonly Utf8Text _rigId = new(ProtocolLimits.MaxRigIdChars);
    private readonly Utf8Text _statusRun = new(ProtocolLimits.MaxRunIdChars);
    private readonly RigInputs _inputs = new();
    private readonly RigOutputs _outputs = new();
    private readonly TelemetryRecord _record = new();
    private readonly TelemetryRecord _replay = new();
    private readonly JsonWriter _writer = new(ProtocolLimits.MaxRigMessageBytes);
    private readonly StatusCalibration _calibration = new();
    private readonly string _firmwareVersion;
    private double _lastTelemetrySeconds = double.NegativeInfinity;
    private double _lastFlushSeconds;
    private double _lastStatusSeconds = double.NegativeInfinity;
    private RunState _statusState;
    private FaultCode _statusFault;
    private bool _forceStatus = true;

    public RigFirmware(string rigId, string firmwareVersion, int ramRecords, FlashTelemetryLog flash, RigCalibration calibration)
    {
        // As the firmware's StatusSource from its settings file's calibration.
        _calibration.Set(calibration.ControlOffsetCelsius, calibration.SafetyOffsetCelsius,
            calibration.CalibratedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            calibration.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        _firmwareVersion = firmwareVersion;
        _rig = new RigController(new SafetySupervisor(new SafetyLimits()), new RotationController(new RotationSettings()),
            new RunSequencer(), new PidController(DefaultGains.From(null)));
        _rigId.Set(rigId);
        if (flash.Open() && !string.IsNullOrEmpty(flash.RunId))
        {
            // As Program.Main: the interrupted run stays the last run and its numbering continues.
            _counters.ResumeRun(flash.RunId, flash.NewestSequence + FlashTelemetryLog.RebootSequenceGap);
        }

        _store = new SimulatedTelemetryStore(ramRecords, flash);
        Outbox = new RigOutbox();
        _events = new RigEventTracker(_rigId, _counters, Outbox);
        _processor = new RigCommandProcessor(rigId, _rig, _counters, _store)
        {
            Autotuner = new RelayAutotuner(new RelayAutotuneSettings()),
        };
    }

    public RigController Controller => _rig;

    public RigMessageCounters Counters => _counters;

    public RigOutbox Outbox { get; }

    public SimulatedTelemetryStore Store => _store;

    public RigOutputs Outputs => _outputs;

    public bool BackfillActive => _backfill.Active;

    /// <summary>The firmware's CommandHandler.Handle: one payload from <c>commands</c> at rig time <paramref name="now"/>.</summary>
    public CommandOutcome HandleCommand(byte[] payload, double now)
    {
        _processor.AutotuneActive = _rig.IsAutotuning;
        CommandOutcome outcome = _processor.Process(payload, payload.Length, now);
        if (outcome == CommandOutcome.Ignored)
        {
            return outcome;
        }

        if (outcome == CommandOutcome.Accepted)
        {
            _events.NoteAcceptedCommand(_processor.Command);
            CarryOut(now);
        }

        JsonWriter answer = _processor.Output;
        if (!answer.Failed && answer.Length > 0)
        {
            Outbox.Enqueue(RigMessageKind.Event, answer.Buffer, answer.Length);
        }

        return outcome;
    }

    /// <summary>The firmware's ControlLoop.TickOnce with the sensors already read; then the flash flush.</summary>
    public void Tick(double now, double controlCelsius, double safetyCelsius, long drumPulses)
    {
        _inputs.NowSeconds = now;
        _inputs.ControlCelsius = controlCelsius;
        _inputs.ControlReadingSeconds = now;
        _inputs.SafetyCelsius = safetyCelsius;
        _inputs.SafetyReadingSeconds = now;
        _inputs.DrumPulseCount = drumPulses;
        _rig.Tick(_inputs, _outputs);
        _events.AfterTick(now, _rig, _outputs);
        if (now - _lastTelemetrySeconds >= 1.0 - 1e-6)
        {
            _lastTelemetrySeconds = now;
            _record.Capture(_counters.NextTelemetrySequence(), _inputs, _outputs, _rig.Sequencer);
            if (_counters.HasRun)
            {
                _store.Append(_record);
            }

            if (RigMessageEncoder.WriteTelemetry(_writer, _rigId, _counters.Run, _record))
            {
                Outbox.Enqueue(RigMessageKind.Telemetry, _writer.Buffer, _writer.Length);
            }
        }

        if (now - _lastFlushSeconds >= SimulatedTelemetryStore.FlushIntervalSeconds - 1e-6)
        {
            _lastFlushSeconds = now;
            _store.FlushToFlash();
        }
    }

    /// <summary>The lid was opened: aborts a run in exposure, as the firmware's ControlLoop does.</summary>
    public void LidOpened(double now)
    {
        RunState state = _rig.Sequencer.State;
        if (state == RunState.Running || state == RunState.SampleDue)
        {
            _rig.Abort(now, AbortReason.LidOpened);
        }
    }

    /// <summary>Publish a status at the next opportunity (after connecting).</summary>
    public void ForceStatus() => _forceStatus = true;

    /// <summary>The firmware's StatusSource.TryWrite: a status when the state, fault or run
    /// changed, after a connection, and at least once a minute. Null when none is due.</summary>
    public byte[]? TryWriteStatus(double now)
    {
        RunState state = _rig.Sequencer.State;
        FaultCode fault = _rig.Supervisor.Fault.Code;
        bool runChanged = !_statusRun.EqualsText(_counters.Run);
        if (!_forceStatus && state == _statusState && fault == _statusFault && !runChanged
            && now - _lastStatusSeconds < StatusRefreshSeconds)
        {
            return null;
        }

        _forceStatus = false;
        _statusState = state;
        _statusFault = fault;
        _lastStatusSeconds = now;
        _statusRun.CopyFrom(_counters.Run);
        return RigMessageEncoder.WriteStatus(_writer, _rigId, state, _firmwareVersion, _statusRun, fault, (long)now,
                _calibration)
            ? _writer.Buffer.AsSpan(0, _writer.Length).ToArray()
            : null;
    }

    /// <summary>The next back-fill record allowed at <paramref name="now"/> (≤ 50/s), encoded
    /// with <c>replay: true</c>; null when none is due.</summary>
    public byte[]? TryNextReplay(double now)
    {
        while (_backfill.TryNext(now, out int sequence))
        {
            if (_store.TryRead(sequence, _replay))
            {
                _replay.Replay = true;
                if (RigMessageEncoder.WriteTelemetry(_writer, _rigId, _counters.Run, _replay))
                {
                    return _writer.Buffer.AsSpan(0, _writer.Length).ToArray();
                }
            }
        }

        return null;
    }

    /// <summary>The offline status (the last will).</summary>
    public byte[] OfflineStatus()
    {
        RigMessageEncoder.WriteOfflineStatus(_writer, _rigId);
        return _writer.Buffer.AsSpan(0, _writer.Length).ToArray();
    }

    private void CarryOut(double now)
    {
        DecodedCommand command = _processor.Command;
        if (command.Kind == CommandKind.StartPrewarm)
        {
            _backfill.Cancel();
            _store.StartRun(command.Run.ToString());
        }

        switch (_processor.Request)
        {
            case RigRequest.Backfill:
                _backfill.Begin(_processor.BackfillFromSequence, _processor.BackfillToSequence,
                    _store.OldestHeldSequence, _store.NewestSequence, now);
                break;
        }
    }
}

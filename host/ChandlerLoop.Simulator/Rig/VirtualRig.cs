using System.Collections.Concurrent;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Storage;
using ChandlerLoop.Plant;
using ChandlerLoop.Simulator.Messaging;
using ChandlerLoop.Simulator.Storage;

namespace ChandlerLoop.Simulator.Rig;

/// <summary>
/// One simulated rig: the firmware's behaviour on the desktop. The control core (through
/// <see cref="RigFirmware"/>) drives a <see cref="RigPlant"/> in ticks of
/// <see cref="TickSeconds"/> of simulated time and speaks the rig protocol over its own
/// <see cref="Mqtt.IMqttClient"/> with the device's encoders and command processor. Time moves
/// only in <see cref="TickAsync"/>; the caller (a <see cref="Fleet.RigFleet"/> or a test) decides
/// how fast. Faults are injected with the <c>Inject…</c>, <see cref="DropNetwork"/> and
/// <see cref="Reboot"/> methods (docs/simulator.md).
/// </summary>
/// <remarks>
/// Threading: <see cref="TickAsync"/> and the injection methods must be called from one caller at a
/// time. Commands arriving from the broker are queued by the client's handler and run at the start
/// of the next tick, with that tick's rig time; <see cref="ReceivedCommandCount"/> lets a test wait
/// until a command has arrived before ticking, which makes runs deterministic.
/// </remarks>
public sealed partial class VirtualRig : IAsyncDisposable
{
    /// <summary>Control period and simulation step, s (the firmware's ControlLoop.PeriodSeconds).</summary>
    public const double TickSeconds = 0.5;

    private readonly VirtualRigOptions _options;
    private readonly InMemoryRecordFile _flashFile = new();
    private readonly ConcurrentQueue<byte[]> _commands = new();
    private RigFirmware? _firmware;
    private RunState _lastState;
    private long _tickCount;
    private double _bootSeconds;
    private double _powerOnAtSeconds;
    private bool _rebootRequested;
    private bool _lidOpen;
    private int _receivedCommands;

    /// <summary>A rig that is off; <see cref="StartAsync"/> boots it and connects.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public VirtualRig(VirtualRigOptions options, RigBrokerConnection connection)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connection);
        options.Validate();
        _options = options;
        _connection = connection;
        Plant = new RigPlant(options.Plant, options.NoiseSeed);
        _powerOnAtSeconds = double.PositiveInfinity;
    }

    /// <summary>Rig id (also the MQTT client id).</summary>
    public string RigId => _options.RigId;

    /// <summary>The physical model (read its true temperatures; tests may also preset the bath).</summary>
    public RigPlant Plant { get; }

    /// <summary>Simulated time since the rig object was created, s.</summary>
    public double SimulatedSeconds => _tickCount * TickSeconds;

    /// <summary>False while the rig is rebooting (dead) or before <see cref="StartAsync"/>.</summary>
    public bool IsRunning => _firmware is not null;

    /// <summary>Rig time since the last boot, s (the protocol's <c>t_s</c> and <c>uptime_s</c>).</summary>
    public double TimeSinceBootSeconds => IsRunning ? SimulatedSeconds - _bootSeconds : 0.0;

    /// <summary>How many times the rig has booted.</summary>
    public int BootCount { get; private set; }

    /// <summary>Run state (Idle while off).</summary>
    public RunState State => _firmware?.Controller.Sequencer.State ?? RunState.Idle;

    /// <summary>Latched fault (None while off).</summary>
    public FaultCode Fault => _firmware?.Controller.Supervisor.Fault.Code ?? FaultCode.None;

    /// <summary>Heater duty applied in the latest tick, 0..1.</summary>
    public double HeaterDuty => _firmware?.Outputs.HeaterDuty ?? 0.0;

    /// <summary>Current or last run id since boot; null before the first run since boot.</summary>
    public string? RunId => _firmware is { Counters.HasRun: true } f ? f.Counters.Run.ToString() : null;

    /// <summary>Latest telemetry <c>seq</c> issued (0 when none since boot or run start).</summary>
    public int LastTelemetrySequence => _firmware?.Counters.LastTelemetrySequence ?? 0;

    /// <summary>Latest <c>eseq</c> issued since boot.</summary>
    public int LastEventSequence => _firmware?.Counters.LastEventSequence ?? 0;

    /// <summary>Records of the current run held in RAM or flash (oldest, newest; 0 when none).</summary>
    public (int Oldest, int Newest) HeldTelemetry =>
        _firmware is null ? (0, 0) : (_firmware.Store.OldestHeldSequence, _firmware.Store.NewestSequence);

    /// <summary>The flash log's run and newest record: what survives a reboot.</summary>
    public (string? RunId, int Newest) FlashLog => _firmware is null ? (null, 0) : (_firmware.Store.Flash.RunId, _firmware.Store.Flash.NewestSequence);

    /// <summary>Command payloads received from the broker since creation (all boots).</summary>
    public int ReceivedCommandCount => Volatile.Read(ref _receivedCommands);

    /// <summary>Messages the outbound queue dropped because it was full (this boot).</summary>
    public long DroppedOutboundMessages => _firmware?.Outbox.Dropped ?? 0;

    /// <summary>True while a back-fill is being re-published.</summary>
    public bool BackfillActive => _firmware?.BackfillActive ?? false;

    /// <summary>Boots the rig now and connects it to the broker.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (_firmware is not null || !double.IsPositiveInfinity(_powerOnAtSeconds))
        {
            throw new InvalidOperationException($"Rig {RigId} is already started.");
        }

        _powerOnAtSeconds = SimulatedSeconds;
        await PowerOnIfDueAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// One control period: boots or reconnects when due, runs the commands that arrived, reads the
    /// plant's sensors, ticks the core, applies its outputs to the plant for <see cref="TickSeconds"/>,
    /// then publishes status, queued messages and due back-fill records.
    /// </summary>
    public async Task TickAsync(CancellationToken ct = default)
    {
        double now = SimulatedSeconds;
        if (_rebootRequested)
        {
            await PowerOffAsync().ConfigureAwait(false);
        }

        await PowerOnIfDueAsync(ct).ConfigureAwait(false);
        await ReconnectIfDueAsync(ct).ConfigureAwait(false);
        RigFirmware? firmware = _firmware;
        double duty = 0.0;
        double stepHz = 0.0;
        if (firmware is not null)
        {
            double rigTime = now - _bootSeconds;
            while (_commands.TryDequeue(out byte[]? payload))
            {
                firmware.HandleCommand(payload, rigTime);
            }

            firmware.Tick(rigTime, Plant.ReadControlSensorCelsius(), Plant.ReadSafetySensorCelsius(), Plant.DrumPulseCount);
            duty = firmware.Outputs.HeaterDuty;
            stepHz = firmware.Outputs.MotorEnabled ? firmware.Outputs.StepFrequencyHz : 0.0;
            TrackLoops(firmware.Outputs.State);
        }

        Plant.Step(TickSeconds, duty, stepHz);
        if (firmware is not null)
        {
            await PumpAsync(firmware, now - _bootSeconds, ct).ConfigureAwait(false);
        }

        _tickCount++;
    }

    /// <summary>Runs <paramref name="ticks"/> ticks as fast as possible.</summary>
    public async Task RunTicksAsync(long ticks, CancellationToken ct = default)
    {
        for (long i = 0; i < ticks; i++)
        {
            await TickAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Control RTD fault from now on (<see cref="SensorFault.None"/> repairs it).</summary>
    public void InjectControlSensorFault(SensorFault fault) => Plant.InjectControlSensorFault(fault);

    /// <summary>Safety DS18B20 fault from now on (<see cref="SensorFault.None"/> repairs it).</summary>
    public void InjectSafetySensorFault(SensorFault fault) => Plant.InjectSafetySensorFault(fault);

    /// <summary>The heater element stops (or resumes) delivering heat whatever the duty.</summary>
    public void InjectHeaterFailure(bool failed) => Plant.InjectHeaterFailure(failed);

    /// <summary>The drum is blocked (or freed): the motor loses step, no hall pulses.</summary>
    public void InjectMotorStall(bool stalled) => Plant.InjectMotorStall(stalled);

    /// <summary>Opens or closes the lid: extra heat loss, and a run in exposure is aborted
    /// (<c>lid_opened</c>) at once, as the firmware's lid switch does.</summary>
    public void SetLidOpen(bool open)
    {
        Plant.LidOpen = open;
        if (open && !_lidOpen && _firmware is not null)
        {
            _firmware.LidOpened(TimeSinceBootSeconds);
        }

        _lidOpen = open;
    }

    /// <summary>
    /// Power cut at the start of the next tick: the connection drops abruptly (the broker publishes
    /// the last will), RAM is lost (run state, counters, remembered command ids, RAM ring, outbound
    /// queue, records not yet flushed to flash), the heater and motor stop. After
    /// <see cref="VirtualRigOptions.RebootOffSeconds"/> the rig boots as the firmware does: Idle, no
    /// run, <c>eseq</c> and telemetry <c>seq</c> from 1, the flash log of the interrupted run found
    /// again; then it reconnects and publishes its status.
    /// </summary>
    public void Reboot() => _rebootRequested = true;

    private void TrackLoops(RunState state)
    {
        if (state == RunState.PreWarming && _lastState != RunState.PreWarming && Plant.LoadedLoopCount > 0)
        {
            Plant.UnloadLoops();
        }

        bool exposureStarted = (state == RunState.Running || state == RunState.SampleDue) && _lastState == RunState.Ready;
        if (exposureStarted && _options.LoopCount > 0)
        {
            Plant.LoadLoops(_options.LoopCount, _options.BloodMillilitresPerLoop, _options.BloodCelsius);
        }

        _lastState = state;
    }

    private async Task PowerOnIfDueAsync(CancellationToken ct)
    {
        if (_firmware is not null || SimulatedSeconds < _powerOnAtSeconds)
        {
            return;
        }

        _bootSeconds = SimulatedSeconds;
        _powerOnAtSeconds = double.PositiveInfinity;
        var flash = new FlashTelemetryLog(_flashFile, _options.FlashRecords);
        _firmware = new RigFirmware(RigId, _options.FirmwareVersion, _options.RamRecords, flash, _options.Calibration);
        _lastState = RunState.Idle;
        BootCount++;
        _networkUpAtSeconds = Math.Max(_networkUpAtSeconds, SimulatedSeconds);
        await ReconnectIfDueAsync(ct).ConfigureAwait(false);
    }

    private async Task PowerOffAsync()
    {
        _rebootRequested = false;
        await DropConnectionAsync().ConfigureAwait(false);
        _firmware = null;
        _commands.Clear();
        _flashFile.LoseUnflushedWrites();
        _powerOnAtSeconds = SimulatedSeconds + _options.RebootOffSeconds;
    }

    /// <summary>Disconnects abruptly (the will is published) and releases the client.</summary>
    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync().ConfigureAwait(false);
        _firmware = null;
    }
}

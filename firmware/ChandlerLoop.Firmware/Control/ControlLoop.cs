using System.Threading;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Firmware.Drivers.StatusLed;
using ChandlerLoop.Firmware.Messaging;
using ChandlerLoop.Firmware.Storage;

namespace ChandlerLoop.Firmware.Control
{
    /// <summary>
    /// The control thread: every <see cref="PeriodSeconds"/> (0.5 s, SafetyLimits.ControlPeriodSeconds)
    /// it reads the sensors, polls the button and lid, runs <see cref="RigController.Tick"/> under
    /// the rig lock with the real time (so the core sees the real dt, including any overrun),
    /// applies the outputs, publishes events, and once a second stores and queues a telemetry
    /// record. Sleeps to the next period boundary; a late tick is not repeated. Nothing here
    /// waits for the network: messages are copied into <see cref="OutboundQueue"/>.
    /// </summary>
    public sealed class ControlLoop
    {
        /// <summary>Control period, s.</summary>
        public const double PeriodSeconds = 0.5;

        private readonly object _rigLock;
        private readonly RigController _rig;
        private readonly RigHardware _hardware;
        private readonly RigMessageCounters _counters;
        private readonly Utf8Text _rigId;
        private readonly TelemetryStore _store;
        private readonly OutboundQueue _queue;
        private readonly RigEventTracker _events;
        private readonly RigInputs _inputs = new RigInputs();
        private readonly RigOutputs _outputs = new RigOutputs();
        private readonly TelemetryRecord _record = new TelemetryRecord();
        private readonly object _tickGate = new object();
        private readonly JsonWriter _writer = new JsonWriter(ProtocolLimits.MaxRigMessageBytes);
        private double _lastTelemetrySeconds = double.NegativeInfinity;
        private double _identifyUntilSeconds;
        private long _lastTickMilliseconds;
        private bool _insideRigLock;

        /// <summary>Wires the loop; <see cref="Start"/> runs it.</summary>
        public ControlLoop(object rigLock, RigController rig, RigHardware hardware, RigMessageCounters counters,
            Utf8Text rigId, TelemetryStore store, OutboundQueue queue)
        {
            _rigLock = rigLock;
            _rig = rig;
            _hardware = hardware;
            _counters = counters;
            _rigId = rigId;
            _store = store;
            _queue = queue;
            _events = new RigEventTracker(rigId, counters, queue);
        }

        /// <summary>Time of the latest completed tick, ms of Environment.TickCount64 (0: none yet).
        /// Read by the watchdog thread.</summary>
        public long LastTickMilliseconds
        {
            get
            {
                lock (_tickGate)
                {
                    return _lastTickMilliseconds;
                }
            }
        }

        /// <summary>True while the control thread holds the rig lock (read by the watchdog, which
        /// must not wait for a lock a stuck tick holds).</summary>
        public bool InsideRigLock
        {
            get
            {
                lock (_tickGate)
                {
                    return _insideRigLock;
                }
            }
        }

        /// <summary>Lets the event tracker see an accepted command (the tube label of an
        /// <c>ack_sample</c>). Call under the rig lock.</summary>
        public void NoteAcceptedCommand(ChandlerLoop.Control.Protocol.DecodedCommand command)
        {
            _events.NoteAcceptedCommand(command);
        }

        /// <summary>Blink and beep for identification until <paramref name="untilSeconds"/>.</summary>
        public void IdentifyUntil(double untilSeconds)
        {
            _identifyUntilSeconds = untilSeconds;
        }

        /// <summary>Starts the control thread at the highest priority.</summary>
        public void Start()
        {
            Thread thread = new Thread(Run);
            thread.Priority = ThreadPriority.Highest;
            thread.Start();
        }

        private void Run()
        {
            while (true)
            {
                double start = RigClock.NowSeconds;
                TickOnce(start);
                double next = (System.Math.Floor(start / PeriodSeconds) + 1.0) * PeriodSeconds;
                int sleep = (int)((next - RigClock.NowSeconds) * 1000.0);
                Thread.Sleep(sleep > 0 ? sleep : 1);
            }
        }

        private void TickOnce(double now)
        {
            RigHardware hw = _hardware;
            _inputs.NowSeconds = now;
            _inputs.ControlCelsius = hw.ControlSensor.ReadCelsius();
            _inputs.ControlReadingSeconds = now;
            double safety;
            double safetySeconds;
            hw.SafetySensor.GetLatest(out safety, out safetySeconds);
            _inputs.SafetyCelsius = safety;
            _inputs.SafetyReadingSeconds = safetySeconds;
            _inputs.DrumPulseCount = hw.DrumCounter.Count;
            bool pressed = hw.Button.Poll(now);
            bool lidOpened = hw.Lid.PollOpened(now);

            lock (_rigLock)
            {
                SetInsideRigLock(true);
                RunState state = _rig.Sequencer.State;
                if (lidOpened && (state == RunState.Running || state == RunState.SampleDue))
                {
                    _rig.Abort(now, AbortReason.LidOpened);
                }
                else if (pressed && state == RunState.Ready)
                {
                    _rig.ConfirmLoaded(now);
                }
                else if (pressed && state == RunState.SampleDue)
                {
                    _rig.AcknowledgeSample(now, _rig.Sequencer.NextSampleIndex);
                }

                _rig.Tick(_inputs, _outputs);
                hw.Heater.SetDutyCycle(_outputs.HeaterDuty);
                hw.Stepper.Apply(_outputs.MotorEnabled, _outputs.StepFrequencyHz);
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
                        _queue.Enqueue(MessageTopic.Telemetry, _writer.Buffer, _writer.Length);
                    }
                }

                SetInsideRigLock(false);
            }

            Indicate(now);
            lock (_tickGate)
            {
                _lastTickMilliseconds = System.Environment.TickCount64;
            }
        }

        private void SetInsideRigLock(bool inside)
        {
            lock (_tickGate)
            {
                _insideRigLock = inside;
            }
        }

        private void Indicate(double now)
        {
            bool identify = now < _identifyUntilSeconds;
            RigIndication indication = _outputs.Indication;
            LedPattern pattern = indication == RigIndication.Fault ? LedPattern.FastBlink
                : (indication == RigIndication.SampleDue || identify ? LedPattern.SlowBlink : LedPattern.Steady);
            _hardware.Led.Show(pattern, now);
            _hardware.Buzzer.Apply(indication == RigIndication.Fault, _outputs.BuzzerOn || identify, now);
        }
    }
}

using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Firmware.Control;

namespace ChandlerLoop.Firmware.Messaging
{
    /// <summary>
    /// The retained <c>status</c> message: written when the state, fault or run changed, after a
    /// (re)connection, and otherwise once a minute (so <c>uptime_s</c> stays fresh). Reads the rig
    /// under the rig lock; used by the network thread. Carries the sensor calibration from the
    /// settings file as <c>cal</c> (validated at boot, so it is always writable).
    /// </summary>
    public sealed class StatusSource
    {
        /// <summary>Firmware version reported in <c>fw</c>.</summary>
        public const string FirmwareVersion = "0.1.0";

        private const double RefreshSeconds = 60.0;

        private readonly object _rigLock;
        private readonly RigController _rig;
        private readonly RigMessageCounters _counters;
        private readonly Utf8Text _rigId;
        private readonly Utf8Text _run = new Utf8Text(ProtocolLimits.MaxRunIdChars);
        private readonly StatusCalibration _calibration = new StatusCalibration();
        private RunState _state;
        private FaultCode _fault;
        private double _lastSeconds = double.NegativeInfinity;
        private bool _force = true;

        /// <summary>Wires the source; <paramref name="calibration"/> is the settings' calibration
        /// (null: an uncalibrated rig, reported with offsets 0 and no dates).</summary>
        public StatusSource(object rigLock, RigController rig, RigMessageCounters counters, Utf8Text rigId,
            CalibrationSettings calibration)
        {
            _calibration.SetFrom(calibration);
            _rigLock = rigLock;
            _rig = rig;
            _counters = counters;
            _rigId = rigId;
        }

        /// <summary>The current run id (copy, for replayed telemetry).</summary>
        public Utf8Text Run
        {
            get
            {
                lock (_rigLock)
                {
                    _run.CopyFrom(_counters.Run);
                }

                return _run;
            }
        }

        /// <summary>Publish a status at the next opportunity (after connecting).</summary>
        public void ForceNext()
        {
            _force = true;
        }

        /// <summary>Writes the status into <paramref name="writer"/> when one is due.</summary>
        public bool TryWrite(JsonWriter writer)
        {
            double now = RigClock.NowSeconds;
            lock (_rigLock)
            {
                RunState state = _rig.Sequencer.State;
                FaultCode fault = _rig.Supervisor.Fault.Code;
                bool runChanged = !_run.EqualsText(_counters.Run);
                if (!_force && state == _state && fault == _fault && !runChanged && now - _lastSeconds < RefreshSeconds)
                {
                    return false;
                }

                _force = false;
                _state = state;
                _fault = fault;
                _lastSeconds = now;
                _run.CopyFrom(_counters.Run);
                return RigMessageEncoder.WriteStatus(writer, _rigId, state, FirmwareVersion, _run, fault, (long)now,
                    _calibration);
            }
        }
    }
}

using System.Threading;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Firmware.Drivers.Heater;
using ChandlerLoop.Firmware.Drivers.Tmc2209;
using nanoFramework.Runtime.Native;

namespace ChandlerLoop.Firmware.Control
{
    /// <summary>
    /// The supervisor thread. Every 0.25 s it asks the core whether the control loop is late
    /// (<see cref="RigController.CheckWatchdog"/>, deadline SafetyLimits.ControlLoopDeadlineSeconds
    /// = 2 s). On a stall it switches the heater PWM off and stops the motor itself, without the
    /// rig lock (the stuck control thread may hold it), then, if the control loop has still not
    /// ticked <see cref="RebootAfterSeconds"/> later, reboots the device; the heater gate
    /// pull-down keeps the heater off through the reset and the hardware thermal cut-out (42 °C)
    /// protects even if the ESP32 is dead.
    /// </summary>
    public sealed class Watchdog
    {
        /// <summary>Check interval, ms.</summary>
        public const int CheckMilliseconds = 250;

        /// <summary>After a stall, reboot when no tick came for this long, s.</summary>
        public const double RebootAfterSeconds = 10.0;

        private readonly object _rigLock;
        private readonly RigController _rig;
        private readonly ControlLoop _loop;
        private readonly HeaterOutput _heater;
        private readonly StepperDriver _stepper;

        /// <summary>Wires the watchdog; <see cref="Start"/> runs it.</summary>
        public Watchdog(object rigLock, RigController rig, ControlLoop loop, HeaterOutput heater, StepperDriver stepper)
        {
            _rigLock = rigLock;
            _rig = rig;
            _loop = loop;
            _heater = heater;
            _stepper = stepper;
        }

        /// <summary>Starts the watchdog thread (above normal priority).</summary>
        public void Start()
        {
            Thread thread = new Thread(Run);
            thread.Priority = ThreadPriority.AboveNormal;
            thread.Start();
        }

        private void Run()
        {
            while (true)
            {
                Thread.Sleep(CheckMilliseconds);
                long lastTick = _loop.LastTickMilliseconds;
                if (lastTick == 0)
                {
                    continue;
                }

                double silentSeconds = (System.Environment.TickCount64 - lastTick) / 1000.0;
                if (silentSeconds < 2.0)
                {
                    continue;
                }

                _heater.Off();
                _stepper.Stop();
                if (silentSeconds >= RebootAfterSeconds)
                {
                    System.Console.WriteLine("watchdog: control loop stalled, heater off, rebooting");
                    Power.RebootDevice();
                }

                // Latch the fault in the core, but never wait on a lock the stuck control thread
                // holds: then the heater is already off and the reboot above follows.
                if (!_loop.InsideRigLock)
                {
                    lock (_rigLock)
                    {
                        if (_rig.CheckWatchdog(RigClock.NowSeconds) != FaultCode.None)
                        {
                            _heater.Off();
                        }
                    }
                }
            }
        }
    }
}

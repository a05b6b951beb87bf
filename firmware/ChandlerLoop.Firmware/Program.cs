using System;
using System.Device.Gpio;
using System.Threading;
using ChandlerLoop.Control.Device;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Rig;
using ChandlerLoop.Control.Rotation;
using ChandlerLoop.Control.Run;
using ChandlerLoop.Control.Safety;
using ChandlerLoop.Control.Storage;
using ChandlerLoop.Control.Temperature;
using ChandlerLoop.Firmware.Board;
using ChandlerLoop.Firmware.Control;
using ChandlerLoop.Firmware.Drivers.Button;
using ChandlerLoop.Firmware.Drivers.Buzzer;
using ChandlerLoop.Firmware.Drivers.Ds18b20;
using ChandlerLoop.Firmware.Drivers.DrumHallCounter;
using ChandlerLoop.Firmware.Drivers.Heater;
using ChandlerLoop.Firmware.Drivers.LidSwitch;
using ChandlerLoop.Firmware.Drivers.Max31865;
using ChandlerLoop.Firmware.Drivers.StatusLed;
using ChandlerLoop.Firmware.Drivers.Tmc2209;
using ChandlerLoop.Firmware.Messaging;
using ChandlerLoop.Firmware.Settings;
using ChandlerLoop.Firmware.Storage;

namespace ChandlerLoop.Firmware
{
    /// <summary>Boot: settings, drivers (heater off first), control core, threads. Wiring only.</summary>
    public class Program
    {
        /// <summary>Entry point.</summary>
        public static void Main()
        {
            GpioController gpio = new GpioController();
            InternalFlashFiles files = new InternalFlashFiles();
            RigSettings settings;
            SettingsError error = SettingsFile.Load(files, out settings);
            PinMap pins = error == SettingsError.None ? new PinMap(settings.Pins) : null;
            if (pins != null && !pins.HasNoConflicts())
            {
                error = SettingsError.PinConflict;
            }

            if (error != SettingsError.None)
            {
                BootFault.Halt(gpio, error);
            }

            RigHardware hardware = new RigHardware();
            hardware.Heater = new HeaterOutput(pins.HeaterPwm);
            hardware.Stepper = new StepperDriver(gpio, pins.StepperStep, pins.StepperDirection, pins.StepperEnable);
            hardware.ControlSensor = new ControlRtdSensor(Pins.SpiBus, Pins.RtdSpiMosi, Pins.RtdSpiMiso, Pins.RtdSpiClock,
                pins.RtdChipSelect, settings.Calibration.ControlOffsetCelsius);
            hardware.SafetySensor = new SafetyTemperatureSensor(Pins.SafetyOneWireTx, Pins.SafetyOneWireRx,
                settings.Calibration.SafetyOffsetCelsius);
            hardware.DrumCounter = new DrumHallCounter(pins.DrumHallSensor);
            hardware.Led = new StatusLed(gpio, pins.StatusLed);
            hardware.Buzzer = new Buzzer(gpio, pins.Buzzer);
            hardware.Button = new FrontButton(gpio, pins.Button);
            hardware.Lid = new LidSwitch(gpio, pins.LidSwitch);

            SafetyLimits limits = new SafetyLimits();
            limits.OverTemperatureLimitCelsius = settings.Safety.OverTemperatureLimitCelsius;
            limits.SensorDisagreementLimitCelsius = settings.Safety.SensorDisagreementLimitCelsius;
            RigController rig = new RigController(new SafetySupervisor(limits), new RotationController(new RotationSettings()),
                new RunSequencer(), new PidController(DefaultGains.From(settings.Gains)));

            object rigLock = new object();
            RigMessageCounters counters = new RigMessageCounters();
            Utf8Text rigId = new Utf8Text(ProtocolLimits.MaxRigIdChars);
            rigId.Set(settings.RigId);
            FlashTelemetryLog flashLog = new FlashTelemetryLog(new FlashRecordFile(TelemetryStore.FlashLogPath),
                settings.Storage.FlashRecords);
            if (flashLog.Open() && flashLog.RunId != null && flashLog.RunId.Length > 0)
            {
                // A reboot interrupted a run: keep numbering after its newest record so the host can
                // back-fill it; the rig itself boots Idle (docs/protocol.md, "Rig reboot").
                counters.ResumeRun(flashLog.RunId, flashLog.NewestSequence + FlashTelemetryLog.RebootSequenceGap);
            }
            if (!files.HasRoomFor(flashLog.FullSizeBytes))
            {
                Console.WriteLine("storage: the flash log needs " + flashLog.FullSizeBytes.ToString() + " B but I:\\ has "
                    + files.DriveSizeBytes().ToString() + " B: lower storage.flashRecords (firmware/README.md)");
            }
            TelemetryStore store = new TelemetryStore(settings.Storage.RamRecords, flashLog);
            OutboundQueue queue = new OutboundQueue(16);

            ControlLoop loop = new ControlLoop(rigLock, rig, hardware, counters, rigId, store, queue);
            RigCommandProcessor processor = new RigCommandProcessor(settings.RigId, rig, counters, store);
            CommandHandler commands = new CommandHandler(rigLock, rig, processor, store, queue, loop,
                new RelayAutotuner(new RelayAutotuneSettings()));
            StatusSource status = new StatusSource(rigLock, rig, counters, rigId, settings.Calibration);
            MqttLink link = new MqttLink(settings, queue, commands, store, status, BrokerCertificate.Load(files, settings.Broker));

            hardware.SafetySensor.Start();
            loop.Start();
            new Watchdog(rigLock, rig, loop, hardware.Heater, hardware.Stepper).Start();
            new FlashFlusher(store).Start();
            link.Start();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}

using System;
using System.Threading;
using ChandlerLoop.Firmware.Control;
using Iot.Device.Ds18b20;
using nanoFramework.Device.OneWire;
using nanoFramework.Hardware.Esp32;
using UnitsNet;

namespace ChandlerLoop.Firmware.Drivers.Ds18b20
{
    /// <summary>
    /// The independent safety sensor: a DS18B20 on a 1-Wire bus run by nanoFramework's UART-based
    /// OneWireHost (UART2 = COM3 on the ESP32, see Board/Pins.cs). A 12-bit conversion takes up to
    /// 750 ms (DS18B20 datasheet, "Conversion time"), longer than a control period, so this driver
    /// samples on its own thread and the control loop takes the latest value with its time; a
    /// stuck sensor then shows up as a stale reading in the safety supervisor.
    /// Invalid readings (stored as NaN with their time): a failed read or CRC error (the binding
    /// returns false), −127 °C (the "no device" value), and exactly 85.0 °C, the power-on reset
    /// value of the scratchpad (datasheet, "Memory"), which a rig at 37 °C never really reaches.
    /// </summary>
    public sealed class SafetyTemperatureSensor
    {
        /// <summary>Pause between conversions, ms (one reading about every 1.75 s).</summary>
        public const int PauseMilliseconds = 1000;

        private readonly object _gate = new object();
        private readonly double _offsetCelsius;
        private Iot.Device.Ds18b20.Ds18b20 _sensor;
        private double _celsius = double.NaN;
        private double _readingSeconds = double.NaN;

        /// <summary>Assigns the UART2 pins (before the OneWireHost is created, as the binding requires).</summary>
        public SafetyTemperatureSensor(int txGpio, int rxGpio, double offsetCelsius)
        {
            Configuration.SetPinFunction(rxGpio, DeviceFunction.COM3_RX);
            Configuration.SetPinFunction(txGpio, DeviceFunction.COM3_TX);
            _offsetCelsius = offsetCelsius;
        }

        /// <summary>Starts the sampling thread.</summary>
        public void Start()
        {
            Thread thread = new Thread(Run);
            thread.Start();
        }

        /// <summary>The latest reading, °C (NaN: invalid), and when it was taken, s (NaN: never).</summary>
        public void GetLatest(out double celsius, out double readingSeconds)
        {
            lock (_gate)
            {
                celsius = _celsius;
                readingSeconds = _readingSeconds;
            }
        }

        /// <summary>True when a raw DS18B20 value is a real measurement.</summary>
        public static bool IsPlausible(double rawCelsius)
        {
            return !double.IsNaN(rawCelsius) && rawCelsius != 85.0 && rawCelsius > -55.0 && rawCelsius < 125.0;
        }

        private void Run()
        {
            while (true)
            {
                double celsius = Sample();
                double now = RigClock.NowSeconds;
                lock (_gate)
                {
                    _celsius = celsius;
                    _readingSeconds = now;
                }

                Thread.Sleep(PauseMilliseconds);
            }
        }

        private double Sample()
        {
            try
            {
                if (_sensor == null)
                {
                    Iot.Device.Ds18b20.Ds18b20 sensor = new Iot.Device.Ds18b20.Ds18b20(new OneWireHost(), null, false,
                        TemperatureResolution.VeryHigh);
                    if (!sensor.Initialize())
                    {
                        return double.NaN;
                    }

                    _sensor = sensor;
                }

                Temperature temperature;
                if (!_sensor.TryReadTemperature(out temperature))
                {
                    return double.NaN;
                }

                double raw = temperature.DegreesCelsius;
                return IsPlausible(raw) ? raw + _offsetCelsius : double.NaN;
            }
            catch (Exception)
            {
                _sensor = null;
                return double.NaN;
            }
        }
    }
}

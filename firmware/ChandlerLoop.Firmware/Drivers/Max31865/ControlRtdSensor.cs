using System;
using System.Device.Spi;
using Iot.Device.Max31865;
using nanoFramework.Hardware.Esp32;
using UnitsNet;

namespace ChandlerLoop.Firmware.Drivers.Max31865
{
    /// <summary>
    /// The control sensor: a PT100 (3-wire) on a MAX31865 RTD-to-digital converter over SPI, read
    /// with the Iot.Device.Max31865 binding (Callendar–Van Dusen conversion inside the binding).
    /// Reference resistor 430 Ω (the usual MAX31865 PT100 board; MAX31865 datasheet, "Applications
    /// Information": R_REF = 4 × R0). 50 Hz mains filter (Europe). Any fault bit (open or shorted
    /// RTD, reference or over/under-voltage fault) or an exception makes the reading invalid;
    /// the safety supervisor then decides. The calibration offset (settings) is added to valid
    /// readings.
    /// </summary>
    public sealed class ControlRtdSensor
    {
        /// <summary>Reference resistor on the MAX31865 board, Ω.</summary>
        public const double ReferenceResistorOhms = 430.0;

        private readonly Iot.Device.Max31865.Max31865 _converter;
        private readonly double _offsetCelsius;

        /// <summary>Assigns the SPI pins, opens the bus and configures the converter.</summary>
        public ControlRtdSensor(int spiBus, int mosi, int miso, int clock, int chipSelect, double offsetCelsius)
        {
            Configuration.SetPinFunction(mosi, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(miso, DeviceFunction.SPI1_MISO);
            Configuration.SetPinFunction(clock, DeviceFunction.SPI1_CLOCK);
            SpiConnectionSettings settings = new SpiConnectionSettings(spiBus, chipSelect);
            settings.ClockFrequency = Iot.Device.Max31865.Max31865.SpiClockFrequency;
            settings.Mode = Iot.Device.Max31865.Max31865.SpiMode1;
            settings.DataFlow = Iot.Device.Max31865.Max31865.SpiDataFlow;
            SpiDevice device = SpiDevice.Create(settings);
            _converter = new Iot.Device.Max31865.Max31865(device, PlatinumResistanceThermometerType.Pt100,
                ResistanceTemperatureDetectorWires.ThreeWire, ElectricResistance.FromOhms(ReferenceResistorOhms),
                ConversionFilterMode.Filter50Hz, true);
            _offsetCelsius = offsetCelsius;
        }

        /// <summary>Reads the temperature, °C; NaN when the converter reports a fault or fails.</summary>
        public double ReadCelsius()
        {
            try
            {
                double celsius = _converter.Temperature.DegreesCelsius;
                FaultStatus faults = _converter.Faults;
                if (faults.HighThreshold || faults.LowThreshold || faults.OverUnderVoltage || faults.ReferenceInHigh
                    || faults.ReferenceInLow || faults.ResistanceTemperatureDetectorLow)
                {
                    return double.NaN;
                }

                return double.IsNaN(celsius) || double.IsInfinity(celsius) ? double.NaN : celsius + _offsetCelsius;
            }
            catch (Exception)
            {
                return double.NaN;
            }
        }
    }
}

using System.Device.Gpio;

namespace ChandlerLoop.Firmware.Drivers.DrumHallCounter
{
    /// <summary>
    /// Counts the drum's hall pulses with the ESP32 pulse counter (PCNT) through
    /// <see cref="GpioPulseCounter"/>: falling edges (the DRV5023 output is open drain, active
    /// low), with the hardware glitch filter on. The cumulative count goes to the control core,
    /// which computes rpm over its window (docs/rotation.md).
    /// </summary>
    public sealed class DrumHallCounter
    {
        /// <summary>Glitch filter, APB clock cycles (80 MHz): 1023 ≈ 12.8 µs, far shorter than a
        /// pulse at 60 rpm × 4 magnets (≥ 250 ms apart) and longer than contact or EMI spikes.</summary>
        public const ushort FilterCycles = 1023;

        private readonly GpioPulseCounter _counter;

        /// <summary>Starts counting on <paramref name="gpio"/>.</summary>
        public DrumHallCounter(int gpio)
        {
            _counter = new GpioPulseCounter(gpio);
            _counter.Polarity = GpioPulsePolarity.Falling;
            _counter.FilterPulses = FilterCycles;
            _counter.Start();
        }

        /// <summary>Pulses since start.</summary>
        public long Count
        {
            get { return _counter.Read().Count; }
        }
    }
}

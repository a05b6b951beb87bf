using System.Reflection;
using ChandlerLoop.Firmware.Board;

namespace ChandlerLoop.Hardware.Tests;

/// <summary>The firmware's <see cref="Pins"/> against hardware/pinout.csv, the pin map's source of truth.</summary>
public class PinMapTests
{
    /// <summary>Constants of Pins that are not GPIO numbers (bus ids).</summary>
    private static readonly string[] NonGpioIntConstants = [nameof(Pins.SpiBus)];

    private static Dictionary<string, int> GpioConstants() =>
        typeof(Pins).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(int) && !NonGpioIntConstants.Contains(f.Name))
            .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);

    private static List<PinoutRow> Rows() =>
        RepositoryFiles.ReadCsv("hardware/pinout.csv", "signal", "gpio", "direction", "notes")
            .Select(r => new PinoutRow
            {
                Signal = r["signal"],
                Gpio = int.Parse(r["gpio"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture),
                Direction = r["direction"],
                Notes = r["notes"],
            })
            .ToList();

    [Fact]
    public void Pins_declares_the_signals_of_the_pin_contract()
    {
        string[] contract =
        [
            "RtdSpiMosi", "RtdSpiMiso", "RtdSpiClock", "RtdChipSelect", "SafetyOneWireTx", "SafetyOneWireRx",
            "HeaterPwm", "StepperStep", "StepperDirection", "StepperEnable", "DrumHallSensor", "Buzzer",
            "StatusLed", "Button", "LidSwitch",
        ];

        Assert.Equal(contract.OrderBy(n => n), GpioConstants().Keys.OrderBy(n => n));
    }

    [Fact]
    public void Every_gpio_constant_has_exactly_one_row_with_the_same_value_and_vice_versa()
    {
        Assert.Empty(PinMapChecker.CompareWithConstants(GpioConstants(), Rows()));
    }

    [Fact]
    public void Pinout_obeys_the_esp32_pin_rules()
    {
        // Duplicates, flash pins 6–11, UART0, strapping pins, outputs on input-only pins 34–39,
        // missing external pull-ups on 34–39, unknown GPIO numbers, bad directions, empty notes.
        Assert.Empty(PinMapChecker.CheckRules(Rows()));
    }

    [Fact]
    public void Pinout_uses_no_strapping_pin_at_all()
    {
        // Stricter than the rule (which allows a justified one): the reference build needs none.
        Assert.DoesNotContain(Rows(), r => PinMapChecker.StrappingPins.Contains(r.Gpio));
    }

    [Fact]
    public void Spi_pins_are_on_the_bus_the_max31865_is_configured_for()
    {
        // nanoFramework's SpiConnectionSettings bus 1 = SPI1 (the ESP32's VSPI); the pins are assigned
        // with DeviceFunction.SPI1_*, and GPIO23/19/18 are VSPI's IO_MUX pins (no GPIO-matrix delay).
        Assert.Equal(1, Pins.SpiBus);
        Assert.Equal((23, 19, 18), (Pins.RtdSpiMosi, Pins.RtdSpiMiso, Pins.RtdSpiClock));
    }

    [Fact]
    public void One_wire_uart_is_the_uart_the_nanoframework_esp32_onewirehost_drives()
    {
        // nf-interpreter targets/ESP32/ESP32/target_nf_dev_onewire_config.h: NF_ONEWIRE_ESP32_UART_NUM =
        // UART_NUM_2, whose pins are read from the serial pin map at index 2, which
        // Configuration.SetPinFunction fills for COM3_TX/COM3_RX (COM n = UART n−1).
        Assert.Equal("COM3", Pins.OneWireUart);
    }

    [Fact]
    public void Hall_sensor_button_and_lid_inputs_need_pull_ups_that_the_notes_name()
    {
        // Open-drain hall output and switches to ground read 'high' only through a pull-up; 34/35 have
        // none inside, and the lid pin must fail safe (broken wire = lid open), so all three say so.
        foreach (var signal in new[] { nameof(Pins.DrumHallSensor), nameof(Pins.Button), nameof(Pins.LidSwitch) })
        {
            var row = Assert.Single(Rows(), r => r.Signal == signal);
            Assert.Contains("pull-up", row.Notes, StringComparison.OrdinalIgnoreCase);
        }
    }
}

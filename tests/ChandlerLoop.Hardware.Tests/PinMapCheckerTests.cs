namespace ChandlerLoop.Hardware.Tests;

/// <summary>The pin rules catch each kind of mistake (so an empty result on the real map means something).</summary>
public class PinMapCheckerTests
{
    private static PinoutRow Row(string signal, int gpio, string direction = "output", string notes = "a note") =>
        new() { Signal = signal, Gpio = gpio, Direction = direction, Notes = notes };

    [Fact]
    public void A_valid_map_has_no_problems()
    {
        var rows = new[] { Row("A", 23), Row("B", 34, "input", "hall, external pull-up 10 kOhm") };
        Assert.Empty(PinMapChecker.CheckRules(rows));
        Assert.Empty(PinMapChecker.CompareWithConstants(new Dictionary<string, int> { ["A"] = 23, ["B"] = 34 }, rows));
    }

    [Fact]
    public void A_pin_used_twice_is_reported()
    {
        var problem = Assert.Single(PinMapChecker.CheckRules([Row("A", 23), Row("B", 23)]));
        Assert.Contains("GPIO23", problem);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(11)]
    public void Flash_pins_are_reported(int gpio)
    {
        Assert.Contains(PinMapChecker.CheckRules([Row("A", gpio)]), p => p.Contains("flash"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(15)]
    public void Strapping_pins_are_reported_unless_justified(int gpio)
    {
        Assert.Contains(PinMapChecker.CheckRules([Row("A", gpio)]), p => p.Contains("strapping"));
        Assert.Empty(PinMapChecker.CheckRules([Row("A", gpio, notes: "strapping pin justified: boot level is harmless")]));
    }

    [Fact]
    public void An_output_on_an_input_only_pin_is_reported()
    {
        Assert.Contains(PinMapChecker.CheckRules([Row("A", 36, "output", "external pull-up")]), p => p.Contains("input-only"));
    }

    [Fact]
    public void An_input_on_34_to_39_without_external_pull_up_is_reported()
    {
        Assert.Contains(PinMapChecker.CheckRules([Row("A", 35, "input", "button")]), p => p.Contains("external pull-up"));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(24)]
    [InlineData(40)]
    public void A_gpio_the_esp32_does_not_have_is_reported(int gpio)
    {
        Assert.Contains(PinMapChecker.CheckRules([Row("A", gpio)]), p => p.Contains("no GPIO"));
    }

    [Fact]
    public void Console_uart_pins_and_bad_directions_are_reported()
    {
        Assert.Contains(PinMapChecker.CheckRules([Row("A", 1)]), p => p.Contains("UART0"));
        Assert.Contains(PinMapChecker.CheckRules([Row("A", 4, "both")]), p => p.Contains("direction"));
    }

    [Fact]
    public void Constant_and_row_mismatches_are_reported_both_ways()
    {
        var constants = new Dictionary<string, int> { ["A"] = 23, ["B"] = 22 };
        var problems = PinMapChecker.CompareWithConstants(constants, [Row("A", 21), Row("C", 4)]);
        Assert.Contains(problems, p => p.Contains("Pins.A = 23") && p.Contains("GPIO21"));
        Assert.Contains(problems, p => p.Contains("Pins.B") && p.Contains("0 rows"));
        Assert.Contains(problems, p => p.StartsWith("pinout.csv row C", StringComparison.Ordinal));
    }
}

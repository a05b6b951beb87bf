using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Control.Tests.Device;

public class PinRulesTests
{
    [Theory]
    [InlineData(0)] [InlineData(2)] [InlineData(5)] [InlineData(12)] [InlineData(15)] // strapping
    [InlineData(6)] [InlineData(11)]                                                 // flash
    [InlineData(1)] [InlineData(3)]                                                  // UART0
    [InlineData(20)] [InlineData(24)] [InlineData(28)] [InlineData(40)] [InlineData(-1)] // do not exist
    public void Reserved_or_missing_gpios_are_unusable(int gpio)
    {
        Assert.False(PinRules.IsUsableInput(gpio));
        Assert.False(PinRules.IsUsableOutput(gpio));
    }

    [Theory]
    [InlineData(34)] [InlineData(35)] [InlineData(39)]
    public void Input_only_gpios_are_inputs_but_not_outputs(int gpio)
    {
        Assert.True(PinRules.IsUsableInput(gpio));
        Assert.False(PinRules.IsUsableOutput(gpio));
    }

    [Theory]
    [InlineData(4)] [InlineData(13)] [InlineData(16)] [InlineData(23)] [InlineData(33)]
    public void General_purpose_gpios_are_usable_both_ways(int gpio)
    {
        Assert.True(PinRules.IsUsableOutput(gpio));
        Assert.True(PinRules.IsUsableInput(gpio));
    }

    [Fact]
    public void First_duplicate_is_found()
    {
        Assert.Equal(-1, PinRules.FirstDuplicate(new[] { 4, 13, 16 }));
        Assert.Equal(3, PinRules.FirstDuplicate(new[] { 4, 13, 16, 13, 4 }));
    }
}

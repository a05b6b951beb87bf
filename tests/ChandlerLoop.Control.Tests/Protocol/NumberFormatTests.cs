using System.Globalization;
using System.Text;
using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>Numbers are written in the canonical shortest form with at most the stated decimals,
/// rounded half away from zero, and refused rather than written wrongly.</summary>
public class NumberFormatTests
{
    private static string Format(double value, int decimals)
    {
        var buffer = new byte[64];
        int end = NumberFormat.WriteDecimal(buffer, 0, buffer.Length, value, decimals);
        return end < 0 ? "<refused>" : Encoding.ASCII.GetString(buffer, 0, end);
    }

    [Theory]
    [InlineData(37.0, 3, "37")]
    [InlineData(0.153, 3, "0.153")]
    [InlineData(5400.5, 1, "5400.5")]
    [InlineData(30.02, 2, "30.02")]
    [InlineData(0.00064, 6, "0.00064")]
    [InlineData(-0.0004, 3, "0")]
    [InlineData(-0.0, 1, "0")]
    [InlineData(-1.25, 1, "-1.3")]
    [InlineData(2.5, 0, "3")]
    [InlineData(37.0125, 3, "37.013")]
    [InlineData(0.1 + 0.2, 3, "0.3")]
    [InlineData(-40.5, 3, "-40.5")]
    [InlineData(2147483647.0, 0, "2147483647")]
    [InlineData(9007199254.74099, 6, "9007199254.74099")]
    public void Writes_the_shortest_rounded_form(double value, int decimals, string expected) =>
        Assert.Equal(expected, Format(value, decimals));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(1e20)]
    [InlineData(-9007199254.740992)]
    public void Refuses_what_it_cannot_write_exactly(double value) => Assert.Equal("<refused>", Format(value, 6));

    [Fact]
    public void Refuses_when_the_buffer_is_too_small()
    {
        var buffer = new byte[4];
        Assert.Equal(-1, NumberFormat.WriteDecimal(buffer, 0, 4, 123.45, 2));
        Assert.Equal(-1, NumberFormat.WriteInteger(buffer, 0, 4, -1234));
        Assert.Equal(4, NumberFormat.WriteInteger(buffer, 0, 4, 1234));
        Assert.Equal(-1, NumberFormat.WriteInteger(buffer, 0, 64, long.MinValue));
    }

    [Fact]
    public void Any_value_with_the_stated_decimals_round_trips_through_text()
    {
        var random = new Random(1234);
        for (int i = 0; i < 20_000; i++)
        {
            int decimals = random.Next(0, 7);
            long units = random.NextInt64(-1_000_000_000_000, 1_000_000_000_000);
            double value = units / Math.Pow(10, decimals);
            string text = Format(value, decimals);
            Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
            Assert.Equal((decimal)units / (decimal)Math.Pow(10, decimals), decimal.Parse(text, CultureInfo.InvariantCulture));
            Assert.DoesNotContain("e", text, StringComparison.OrdinalIgnoreCase);
            Assert.False(text.Contains('.') && text.EndsWith('0'), text);
        }
    }
}

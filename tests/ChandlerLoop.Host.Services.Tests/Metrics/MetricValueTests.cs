using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;

namespace ChandlerLoop.Host.Services.Tests.Metrics;

public sealed class MetricValueTests
{
    [Fact]
    public void A_diluted_result_below_the_lloq_is_bounded_by_the_lloq_times_the_dilution()
    {
        // TAT read below a 2 µg/L LLOQ in a 1:10 dilution: the plasma held at most 20 µg/L, not 2.
        var result = new MarkerResult { Analyte = "TAT", Value = 15.0, Unit = "µg/L", DilutionFactor = 10, IsBelowLloq = true, LloqValue = 2.0 };

        var value = MetricValue.FromResult(result);

        Assert.Equal(MetricBound.AtMost, value.Bound);
        Assert.Equal(20.0, value.Value!.Value, 9);
    }

    [Fact]
    public void A_diluted_result_above_the_uloq_is_bounded_by_the_higher_of_uloq_times_dilution_and_the_stored_value()
    {
        // ">60" µg/L in a 1:50 dilution is stored as 3,000 µg/L: at least 3,000.
        var result = new MarkerResult { Analyte = "TAT", Value = 3000.0, Unit = "µg/L", DilutionFactor = 50, IsAboveUloq = true, UloqValue = 60.0 };

        var value = MetricValue.FromResult(result);

        Assert.Equal(MetricBound.AtLeast, value.Bound);
        Assert.Equal(3000.0, value.Value!.Value, 9);
    }

    [Fact]
    public void Without_stored_limits_the_stored_value_is_the_bound()
    {
        var below = MetricValue.FromResult(new MarkerResult { Value = 1.5, Unit = "µg/L", DilutionFactor = 4, IsBelowLloq = true });

        Assert.Equal(MetricBound.AtMost, below.Bound);
        Assert.Equal(1.5, below.Value!.Value, 9);
    }
}

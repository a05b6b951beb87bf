using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Services.Tests.Results;

public sealed class MarkerValueEvaluatorTests
{
    [Fact]
    public void Value_is_converted_then_multiplied_by_the_dilution_and_the_limits_are_kept_in_canonical_units()
    {
        var evaluated = MarkerValueEvaluator.Evaluate(new MarkerResultInput
        {
            Analyte = "TAT", Value = 40_000, Unit = "pg/mL", DilutionFactor = 10, LloqValue = 2_000, UloqValue = 60_000,
        });

        Assert.True(evaluated.IsValid);
        Assert.Equal(400, evaluated.Value, 9); // 40 µg/L in the diluted sample × 10
        Assert.Equal(("µg/L", 40_000.0, "pg/mL"), (evaluated.Unit, evaluated.RawValue, evaluated.RawUnit));
        Assert.Equal((2.0, 60.0), (evaluated.LloqValue!.Value, evaluated.UloqValue!.Value));
        Assert.False(evaluated.IsBelowLloq || evaluated.IsAboveUloq);
    }

    [Fact]
    public void Flags_compare_the_raw_reading_with_the_assay_limits_before_dilution()
    {
        var above = MarkerValueEvaluator.Evaluate(new MarkerResultInput { Analyte = "TAT", Value = 70, Unit = "µg/L", DilutionFactor = 1, UloqValue = 60 });
        var below = MarkerValueEvaluator.Evaluate(new MarkerResultInput { Analyte = "TAT", Value = 1, Unit = "µg/L", DilutionFactor = 10, LloqValue = 2 });

        Assert.True(above.IsAboveUloq);
        Assert.Contains(above.Warnings, w => w.Code == "above_uloq");
        // 1 µg/L read is below the 2 µg/L LLOQ even though 1 × 10 = 10 µg/L is above it.
        Assert.True(below.IsBelowLloq);
        Assert.Contains(below.Warnings, w => w.Code == "below_lloq");
    }

    [Theory]
    [InlineData("PLT", 2_000, "10^9/L")] // above the 1,500 sanity limit
    [InlineData("PLT", -1, "10^9/L")]
    [InlineData("C3a", 60, "µg/mL")] // 60,000 ng/mL > 50,000
    public void Values_outside_the_hard_limits_are_errors(string analyte, double value, string unit)
    {
        var evaluated = MarkerValueEvaluator.Evaluate(new MarkerResultInput { Analyte = analyte, Value = value, Unit = unit });

        Assert.False(evaluated.IsValid);
    }

    [Fact]
    public void Value_outside_the_plausible_range_is_a_warning()
    {
        var evaluated = MarkerValueEvaluator.Evaluate(new MarkerResultInput { Analyte = "PLT", Value = 700, Unit = "10^9/L" });

        Assert.True(evaluated.IsValid);
        Assert.Equal("implausible_high", Assert.Single(evaluated.Warnings).Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void Dilution_below_one_is_an_error(double dilution)
    {
        var evaluated = MarkerValueEvaluator.Evaluate(new MarkerResultInput { Analyte = "TAT", Value = 5, Unit = "µg/L", DilutionFactor = dilution });

        Assert.Contains(evaluated.Errors, e => e.Contains("dilution factor", StringComparison.Ordinal));
    }

    [Fact]
    public void ULOQ_not_above_LLOQ_is_an_error()
    {
        var evaluated = MarkerValueEvaluator.Evaluate(new MarkerResultInput { Analyte = "TAT", Value = 5, Unit = "µg/L", LloqValue = 60, UloqValue = 2 });

        Assert.Contains(evaluated.Errors, e => e.Contains("ULOQ", StringComparison.Ordinal));
    }
}

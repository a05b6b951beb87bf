using ChandlerLoop.Host.Services.Results;

namespace ChandlerLoop.Host.Services.Tests.Results;

public sealed class MarkerUnitsTests
{
    [Theory]
    [InlineData("TAT", 5, "ng/mL", 5)] // 1 ng/mL = 1 µg/L
    [InlineData("TAT", 5, "ug/L", 5)]
    [InlineData("TAT", 5000, "pg/mL", 5)]
    [InlineData("C3a", 0.2, "µg/mL", 200)]
    [InlineData("C3a", 250, "μg/L", 250)] // Greek mu
    [InlineData("PLT", 250, "10^3/µL", 250)] // 10^3/µL = 10^9/L
    [InlineData("PLT", 250, "K/uL", 250)]
    [InlineData("PLT", 250_000, "/µL", 250)]
    [InlineData("PLT", 250, "x10^9/L", 250)]
    [InlineData("WBC", 6.5, "10E9/L", 6.5)]
    [InlineData("D-dimer", 300, "ng/mL DDU", 600)] // FEU ≈ 2 × DDU
    [InlineData("D-dimer", 0.5, "mg/L FEU", 500)]
    public void Values_are_converted_to_the_canonical_unit(string analyte, double value, string unit, double expected)
    {
        Assert.True(MarkerUnits.TryConvertToCanonical(analyte, value, unit, out var converted, out var error), error);
        Assert.Equal(expected, converted, 9);
    }

    [Fact]
    public void Canonical_units_follow_DOMAIN_section_3()
    {
        Assert.Equal("10^9/L", MarkerUnits.CanonicalUnit("PLT"));
        Assert.Equal("µg/L", MarkerUnits.CanonicalUnit("TAT"));
        Assert.Equal("ng/mL FEU", MarkerUnits.CanonicalUnit("D-dimer"));
        Assert.Equal("ng/mL", MarkerUnits.CanonicalUnit("sC5b-9"));
    }

    [Fact]
    public void Unknown_unit_is_refused_with_the_accepted_units_listed()
    {
        Assert.False(MarkerUnits.TryConvertToCanonical("TAT", 5, "mmol/L", out _, out var error));
        Assert.Contains("'mmol/L'", error, StringComparison.Ordinal);
        Assert.Contains("ng/mL, µg/L, pg/mL", error, StringComparison.Ordinal);
    }

    [Fact]
    public void D_dimer_without_a_basis_is_refused_and_asks_for_FEU_or_DDU()
    {
        Assert.False(MarkerUnits.TryConvertToCanonical("D-dimer", 300, "ng/mL", out _, out var error));
        Assert.Contains("FEU or DDU", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Arbitrary_units_of_sC5b9_are_refused_with_the_reason()
    {
        Assert.False(MarkerUnits.TryConvertToCanonical("sC5b-9", 30, "AU/mL", out _, out var error));
        Assert.Contains("Arbitrary units", error, StringComparison.Ordinal);
        Assert.Throws<ResultValidationException>(() => MarkerUnits.ConvertToCanonical("sC5b-9", 30, "AU/mL"));
    }

    [Theory]
    [InlineData("platelets", "PLT")]
    [InlineData("TCC", "sC5b-9")]
    [InlineData("β-TG", "b-TG")]
    [InlineData(" d-dimer ", "D-dimer")]
    public void Analyte_aliases_map_to_codes(string text, string code)
    {
        Assert.True(MarkerUnits.TryNormalizeAnalyte(text, out var found));
        Assert.Equal(code, found);
    }

    [Fact]
    public void Unknown_analyte_is_not_mapped()
    {
        Assert.False(MarkerUnits.TryNormalizeAnalyte("IL-6", out _));
        Assert.False(MarkerUnits.TryConvertToCanonical("IL-6", 1, "pg/mL", out _, out var error));
        Assert.Contains("Unknown analyte", error, StringComparison.Ordinal);
    }
}

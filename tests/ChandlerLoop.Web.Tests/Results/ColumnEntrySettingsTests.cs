using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Web.Pages.Runs.Results;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>Column entry settings turn a typed cell into the service input with unit, dilution and limits.</summary>
public sealed class ColumnEntrySettingsTests
{
    [Fact]
    public void A_column_starts_in_the_canonical_unit_undiluted()
    {
        var settings = new ColumnEntrySettings("TAT");
        Assert.Equal("µg/L", settings.Unit);
        Assert.False(settings.ConvertsOnEntry);
        Assert.Contains("pg/mL", settings.AcceptedUnits);
    }

    [Fact]
    public void The_input_carries_the_unit_dilution_limits_and_marks()
    {
        var settings = new ColumnEntrySettings("TAT") { Unit = "pg/mL", DilutionText = "10", LloqText = "100", UloqText = "60000" };
        Assert.True(settings.TryBuildInput(42, new CellEntry(500, true, false), out var input, out _));
        Assert.Equal(42, input.SampleId);
        Assert.Equal("pg/mL", input.Unit);
        Assert.Equal(10, input.DilutionFactor);
        Assert.Equal(100, input.LloqValue);
        Assert.Equal(60000, input.UloqValue);
        Assert.True(input.ReportedBelowLloq);
        Assert.Equal(ResultSources.Manual, input.Source);
        var evaluated = MarkerValueEvaluator.Evaluate(input);
        Assert.Equal(5, evaluated.Value, 6);
    }

    [Theory]
    [InlineData("x", "", "dilution factor")]
    [InlineData("1", "ten", "LLOQ")]
    public void Settings_that_are_not_numbers_are_refused_naming_the_setting(string dilution, string lloq, string expected)
    {
        var settings = new ColumnEntrySettings("C3a") { DilutionText = dilution, LloqText = lloq };
        Assert.False(settings.TryBuildInput(1, new CellEntry(5, false, false), out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_dilution_means_undiluted()
    {
        var settings = new ColumnEntrySettings("PLT") { DilutionText = " " };
        Assert.True(settings.TryBuildInput(1, new CellEntry(200, false, false), out var input, out _));
        Assert.Equal(1, input.DilutionFactor);
    }

    [Fact]
    public void The_input_carries_the_method_and_kit_lot_trimmed_or_none()
    {
        var settings = new ColumnEntrySettings("TAT") { Method = " ELISA, Enzygnost TAT micro ", KitLot = "A123" };
        Assert.True(settings.TryBuildInput(1, new CellEntry(5, false, false), out var input, out _));
        Assert.Equal(("ELISA, Enzygnost TAT micro", "A123"), (input.Method, input.KitLot));
        Assert.True(new ColumnEntrySettings("TAT").TryBuildInput(1, new CellEntry(5, false, false), out var bare, out _));
        Assert.Equal((null, null), (bare.Method, bare.KitLot));
        var tooLong = new ColumnEntrySettings("TAT") { KitLot = new string('x', ColumnEntrySettings.MaximumTextLength + 1) };
        Assert.False(tooLong.TryBuildInput(1, new CellEntry(5, false, false), out _, out var error));
        Assert.Contains("shorten it", error, StringComparison.Ordinal);
    }
}

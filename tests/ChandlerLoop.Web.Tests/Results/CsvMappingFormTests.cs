using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Web.Pages.Runs.Results;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>The import mapping form builds the importer's mapping and refuses malformed lines.</summary>
public sealed class CsvMappingFormTests
{
    [Fact]
    public void The_default_form_is_a_valid_long_layout_mapping_by_tube_id()
    {
        Assert.True(new CsvMappingForm().TryBuild(out var mapping, out var errors));
        Assert.Empty(errors);
        Assert.Empty(mapping.Validate());
        Assert.Equal("Tube", mapping.TubeIdColumn);
        Assert.Null(mapping.LoopPositionColumn);
        Assert.Equal("Analyte", mapping.AnalyteColumn);
    }

    [Fact]
    public void A_wide_mapping_by_loop_position_reads_its_column_and_unit_lines()
    {
        var form = new CsvMappingForm
        {
            Layout = CsvImportLayout.Wide,
            ByTubeId = false,
            UnitColumn = "",
            AnalyteColumnsText = "PLT (10^9/L) = PLT\r\nWBC=WBC\n",
            DefaultUnitsText = "PLT = 10^9/L\nWBC = 10^9/L",
            DefaultDilutionText = "2",
        };
        Assert.True(form.TryBuild(out var mapping, out _));
        Assert.Empty(mapping.Validate());
        Assert.Null(mapping.TubeIdColumn);
        Assert.Equal("Loop", mapping.LoopPositionColumn);
        Assert.Null(mapping.AnalyteColumn);
        Assert.Null(mapping.UnitColumn);
        Assert.Equal("PLT", mapping.AnalyteColumns["plt (10^9/l)"]);
        Assert.Equal("10^9/L", mapping.DefaultUnits["WBC"]);
        Assert.Equal(2, mapping.DefaultDilutionFactor);
    }

    [Fact]
    public void Lines_without_an_equals_sign_and_bad_numbers_are_refused()
    {
        var form = new CsvMappingForm { Layout = CsvImportLayout.Wide, AnalyteColumnsText = "PLT", DefaultDilutionText = "two" };
        Assert.False(form.TryBuild(out _, out var errors));
        Assert.Contains(errors, e => e.Contains("left = right", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not a number", StringComparison.Ordinal));
    }
}

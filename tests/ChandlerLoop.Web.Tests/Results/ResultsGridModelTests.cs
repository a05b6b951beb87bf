using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Pages.Runs.Results;

namespace ChandlerLoop.Web.Tests.Results;

/// <summary>The results grid model without a browser: rows, cells, entry parsing, flags and warnings.</summary>
public sealed class ResultsGridModelTests
{
    [Fact]
    public void Rows_are_ordered_by_loop_position_then_time_point_and_cells_show_the_newest_result()
    {
        var loop1 = new Loop { Id = 11, Position = 1, Role = LoopRole.NegativeControl };
        var loop2 = new Loop { Id = 12, Position = 2 };
        var samples = new[]
        {
            new Sample { Id = 3, LoopId = 12, Loop = loop2, ScheduleIndex = 0 },
            new Sample { Id = 2, LoopId = 11, Loop = loop1, ScheduleIndex = 1, PlannedOffsetMinutes = 15 },
            new Sample { Id = 1, LoopId = 11, Loop = loop1, ScheduleIndex = 0 },
        };
        var user = new User { FullName = "Olga Operator" };
        var results = new[]
        {
            new MarkerResult { Id = 1, SampleId = 2, Analyte = "TAT", Value = 5, Unit = "µg/L", EnteredAtUtc = new DateTime(2026, 11, 22, 8, 0, 0), EnteredBy = user },
            new MarkerResult { Id = 2, SampleId = 2, Analyte = "TAT", Value = 7, Unit = "µg/L", EnteredAtUtc = new DateTime(2026, 11, 22, 9, 0, 0), EnteredBy = user },
        };
        var model = new ResultsGridModel(samples, results);
        Assert.Equal(new long[] { 1, 2, 3 }, model.Rows.Select(r => r.SampleId));
        var cell = model.Cell(2, "TAT");
        Assert.Equal(7, cell.Result!.Value);
        Assert.Equal(2, cell.ResultCount);
        Assert.Equal("Olga Operator", cell.EnteredByName);
        Assert.Null(model.Cell(1, "TAT").Result);
        Assert.Contains(ResultsGridModel.StoredWarnings(cell.Result, cell.ResultCount), w => w.Contains("2 results", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("12.5", 12.5, false, false)]
    [InlineData(" <2 ", 2, true, false)]
    [InlineData(">60", 60, false, true)]
    [InlineData("1e3", 1000, false, false)]
    public void Entries_are_parsed_with_their_LLOQ_and_ULOQ_marks(string text, double value, bool below, bool above)
    {
        Assert.True(ResultsGridModel.TryParseEntry(text, out var entry, out _));
        Assert.Equal(new CellEntry(value, below, above), entry);
    }

    [Theory]
    [InlineData("12,5", "decimal point")]
    [InlineData("abc", "not a number")]
    [InlineData("<", "Enter a number")]
    public void Bad_entries_are_refused_with_how_to_fix(string text, string expected)
    {
        Assert.False(ResultsGridModel.TryParseEntry(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_ids_keep_only_letters_and_digits_of_the_analyte()
    {
        Assert.Equal("cell-L2-T1-sC5b9", ResultsGridModel.CellId(2, 1, "sC5b-9"));
        Assert.Equal("cell-L6-T0-Ddimer", ResultsGridModel.CellId(6, 0, "D-dimer"));
    }

    [Fact]
    public void Flags_and_plausibility_notes_come_from_the_stored_result()
    {
        var low = new MarkerResult { Analyte = "PLT", Value = 2, Unit = "10^9/L", IsBelowLloq = true };
        Assert.Equal(new[] { "<LLOQ" }, ResultsGridModel.Flags(low));
        Assert.Contains(ResultsGridModel.StoredWarnings(low, 1), w => w.Contains("Below the plausible 5", StringComparison.Ordinal));
        var high = new MarkerResult { Analyte = "TAT", Value = 20_000, Unit = "µg/L", IsAboveUloq = true };
        Assert.Equal(new[] { ">ULOQ" }, ResultsGridModel.Flags(high));
        Assert.Contains(ResultsGridModel.StoredWarnings(high, 1), w => w.Contains("Above the plausible 10000", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_points_are_labelled_t0_and_by_planned_minutes()
    {
        Assert.Equal("t0", ResultsGridModel.TimePointLabel(0, 0));
        Assert.Equal("t15 min", ResultsGridModel.TimePointLabel(1, 15));
    }

    [Fact]
    public void Loop_roles_have_short_labels()
    {
        Assert.Equal("neg. control", ResultsGridModel.RoleLabel(LoopRole.NegativeControl));
        Assert.Equal("test", ResultsGridModel.RoleLabel(LoopRole.TestArticle));
        Assert.Equal("pos. control", ResultsGridModel.RoleLabel(LoopRole.PositiveControl));
    }
}

using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Metrics;
using ChandlerLoop.Host.Services.Tests.Acceptance;
using ChandlerLoop.Host.Services.Tests.Infrastructure;

namespace ChandlerLoop.Host.Services.Tests.Metrics;

/// <summary>Run metrics from stored loops, samples and results (pure calculator and the service on SQLite).</summary>
public sealed class RunMetricsTests
{
    private static RunMetrics Compute(SyntheticRun run, IEnumerable<Donor>? donors = null) =>
        RunMetricsCalculator.Compute(run.Run, run.Loops, donors ?? [run.Donor], run.Samples, run.Results);

    [Fact]
    public void Each_loop_has_its_consumption_fold_changes_against_the_same_donors_negative_control_and_dose_equivalents()
    {
        var metrics = Compute(new SyntheticRun());

        var positive = metrics.Loop(3)!;
        var end = positive.EndTimePoint!;
        Assert.Equal(60.0, end.PlateletConsumption.Value!.Value, 9);
        Assert.Equal(100.0 * (1 - 105.0 / 250), end.PlateletConsumptionDilutionCorrected.Value!.Value, 9); // 100 × 7.35/7
        Assert.Equal(20.0, end.Analyte("TAT")!.FoldChangeVsNegativeControl!.Value!.Value, 9); // 300 / 15
        Assert.Equal(297.0, end.Analyte("TAT")!.DeltaFromBaseline.Value!.Value, 9);
        Assert.Null(end.Analyte("PLT")!.FoldChangeVsNegativeControl); // PLT has consumption, not a fold change
        Assert.Equal(0.0, positive.TimePoint(0)!.PlateletConsumptionDilutionCorrected.Value!.Value, 9); // t0 is not diluted
        Assert.Equal(105_000.0, positive.CellsPerLoop, 6);
        Assert.Equal(1_050_000.0, positive.CellsPerKilogramEquivalent, 6);
        Assert.Equal("D-001", positive.DonorPseudonymousId);
    }

    [Fact]
    public void A_loop_without_a_negative_control_of_its_donor_gets_no_fold_change_and_says_why()
    {
        var run = new SyntheticRun();
        run.NegativeControl.DonorId = 2; // the negative control is another donor's blood

        var fold = Compute(run, [run.Donor, new Donor { Id = 2, PseudonymousId = "D-002" }]).Loop(3)!.EndTimePoint!.Analyte("TAT")!.FoldChangeVsNegativeControl!;

        Assert.False(fold.IsComputed);
        Assert.Contains("no negative-control loop with the same donor", fold.Reason);
    }

    [Fact]
    public void Two_negative_controls_of_a_donor_are_averaged()
    {
        var run = new SyntheticRun();
        run.TestArticle.Role = LoopRole.NegativeControl;
        run.SetResult(run.TestArticle, 1, "TAT", 25); // mean of 15 and 25 = 20

        Assert.Equal(15.0, Compute(run).Loop(3)!.EndTimePoint!.Analyte("TAT")!.FoldChangeVsNegativeControl!.Value!.Value, 9);
    }

    [Fact]
    public void A_loop_without_a_t0_sample_reports_why_nothing_relative_to_t0_is_computable()
    {
        var run = new SyntheticRun();
        run.Samples.Remove(run.SampleOf(run.TestArticle, 0));

        var end = Compute(run).Loop(2)!.EndTimePoint!;

        Assert.Equal("the loop has no t0 (schedule index 0) sample", end.PlateletConsumption.Reason);
        Assert.Equal("the loop has no t0 (schedule index 0) sample", end.Analyte("PLT")!.DeltaFromBaseline.Reason);
    }

    [Fact]
    public void The_latest_entered_result_of_an_analyte_is_used()
    {
        var run = new SyntheticRun();
        var sample = run.SampleOf(run.PositiveControl, 1);
        run.Results.Add(new MarkerResult { Id = 99, SampleId = sample.Id, Analyte = "PLT", Value = 50, Unit = "10^9/L", EnteredAtUtc = SyntheticRun.T0Utc.AddHours(3) });

        Assert.Equal(80.0, Compute(run).Loop(3)!.EndTimePoint!.PlateletConsumption.Value!.Value, 9);
    }

    [Fact]
    public async Task The_service_computes_the_same_metrics_from_the_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        var synthetic = new SyntheticRun { Telemetry = [] };
        synthetic.SetResult(synthetic.PositiveControl, 1, "PLT", 10, belowLloq: true, lloq: 20);
        var runId = await SyntheticRunStore.SaveAsync(database.Factory, synthetic);

        var metrics = await new RunMetricsService(database.Factory).ComputeAsync(runId);

        Assert.Equal([1, 2, 3], metrics.Loops.Select(l => l.Position));
        Assert.Equal([LoopRole.NegativeControl, LoopRole.TestArticle, LoopRole.PositiveControl], metrics.Loops.Select(l => l.Role));
        var consumption = metrics.Loop(3)!.EndTimePoint!.PlateletConsumption;
        Assert.Equal("≥ 92.0 %", consumption.Format());
        Assert.Equal(12.0, metrics.Loop(1)!.EndTimePoint!.PlateletConsumption.Value!.Value, 9);
        Assert.Equal(1.0, metrics.Loop(1)!.EndTimePoint!.Analyte("TAT")!.FoldChangeVsNegativeControl!.Value!.Value, 9); // against itself
        await Assert.ThrowsAsync<KeyNotFoundException>(() => new RunMetricsService(database.Factory).ComputeAsync(runId + 100));
    }
}

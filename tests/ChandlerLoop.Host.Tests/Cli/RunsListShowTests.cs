using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Tests.Infrastructure;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class RunsListShowTests
{
    [Fact]
    public async Task List_shows_every_run_newest_first_with_rig_state_operator_acceptance_and_simulated()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261120-01", "rig-01", RunState.Completed, createdUtc: new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc));
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-02", RunState.Aborted, simulated: true);

        var run = await cli.RunInDataAsync("runs", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        var newer = run.Out.IndexOf("R-20261121-01", StringComparison.Ordinal);
        var older = run.Out.IndexOf("R-20261120-01", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, run.Out);
        var simulatedLine = run.Out.Split('\n').Single(l => l.Contains("R-20261121-01", StringComparison.Ordinal));
        Assert.Contains("rig-02", simulatedLine, StringComparison.Ordinal);
        Assert.Contains("aborted", simulatedLine, StringComparison.Ordinal);
        Assert.Contains("op1", simulatedLine, StringComparison.Ordinal);
        Assert.Contains("fail", simulatedLine, StringComparison.Ordinal);
        Assert.Contains("SIMULATED", simulatedLine, StringComparison.Ordinal);
        Assert.DoesNotContain("SIMULATED", run.Out.Split('\n').Single(l => l.Contains("R-20261120-01", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_filters_by_state_and_by_rig()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261120-01", "rig-01", RunState.Completed);
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261120-02", "rig-02", RunState.Completed);
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261120-03", "rig-01", RunState.SampleDue);

        var byState = await cli.RunInDataAsync("runs", "list", "--state", "sample-due");
        var byRig = await cli.RunInDataAsync("runs", "list", "--rig", "rig-02");
        var none = await cli.RunInDataAsync("runs", "list", "--state", "approved");

        Assert.Contains("R-20261120-03", byState.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("R-20261120-01", byState.Out, StringComparison.Ordinal);
        Assert.Contains("R-20261120-02", byRig.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("R-20261120-01", byRig.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("R-20261120-03", byRig.Out, StringComparison.Ordinal);
        Assert.Contains("No runs match", none.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_refuses_an_unknown_state_listing_the_states()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("runs", "list", "--state", "finished");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--state", run.Error, StringComparison.Ordinal);
        Assert.Contains("sample-due", run.Error, StringComparison.Ordinal);
        Assert.Contains("results-entered", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_prints_loops_results_clot_scores_deviations_signatures_and_the_acceptance_checklist()
    {
        using var cli = new CliHarness();
        await RunSeeder.SeedRunAsync(cli.Factory, "R-20261121-01", "rig-01", simulated: true);

        var run = await cli.RunInDataAsync("runs", "show", "R-20261121-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("SIMULATED", run.Out, StringComparison.Ordinal);
        Assert.Contains("negative-control", run.Out, StringComparison.Ordinal);
        Assert.Contains("BM-MSC", run.Out, StringComparison.Ordinal);
        Assert.Contains("30000", run.Out, StringComparison.Ordinal);
        Assert.Contains("D-R-20261121-01", run.Out, StringComparison.Ordinal);
        Assert.Contains("TAT", run.Out, StringComparison.Ordinal);
        Assert.Contains("Clot scores", run.Out, StringComparison.Ordinal);
        Assert.Contains("Negative control consumed 31.5 % platelets", run.Out, StringComparison.Ordinal);
        Assert.Contains("performed-by", run.Out, StringComparison.Ordinal);
        var failLine = run.Out.Split('\n').Single(l => l.Contains("Negative control platelet consumption", StringComparison.Ordinal));
        Assert.Contains("FAIL", failLine, StringComparison.Ordinal);
        Assert.Contains("31.5 %", failLine, StringComparison.Ordinal);
        var passLine = run.Out.Split('\n').Single(l => l.Contains("Temperature in band", StringComparison.Ordinal));
        Assert.Contains("PASS", passLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_run_fails_with_exit_code_one()
    {
        using var cli = new CliHarness();

        var run = await cli.RunInDataAsync("runs", "show", "R-19990101-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("R-19990101-01", run.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}

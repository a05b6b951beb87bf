using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Host.Web.Pages.Runs.New;
using ChandlerLoop.Protocol.Names;

namespace ChandlerLoop.Web.Tests.NewRun;

/// <summary>The rig list of the new-run form.</summary>
public sealed class RigChoiceTests
{
    private static RigPresence Presence(string key, bool online, RigState? state, string? runKey) =>
        new(key, online, state, "1.0", runKey, null, 10, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Registered_and_reporting_rigs_are_listed_with_offline_busy_and_simulated_marks()
    {
        var rigs = RigChoice.List(
            ["rig-03", "rig-01"],
            [Presence("rig-01", true, RigState.Idle, null), Presence("rig-02", true, RigState.Running, "R-20261122-01"), Presence("rig-03", false, null, "R-1")],
            ["rig-01", "rig-02"]);

        Assert.Equal(["rig-01", "rig-02", "rig-03"], rigs.Select(r => r.RigKey));
        Assert.True(rigs[0].IsAvailable);
        Assert.True(rigs[0].IsSimulated);
        Assert.Equal("rig-01 (simulated) — online, free", rigs[0].Label);
        Assert.Equal("R-20261122-01", rigs[1].BusyRunKey);
        Assert.Contains("BUSY with run R-20261122-01", rigs[1].Label, StringComparison.Ordinal);
        Assert.False(rigs[2].IsOnline);
        Assert.False(rigs[2].IsSimulated);
        Assert.StartsWith("rig-03 — OFFLINE", rigs[2].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rig_that_finished_its_run_is_free_again()
    {
        var rig = Assert.Single(RigChoice.List([], [Presence("rig-01", true, RigState.Completed, "R-1")], []));
        Assert.True(rig.IsAvailable);
    }
}

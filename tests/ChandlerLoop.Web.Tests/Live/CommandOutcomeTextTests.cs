using ChandlerLoop.Host.Services.Orchestration;
using ChandlerLoop.Host.Web.Pages.Runs.Live;

namespace ChandlerLoop.Web.Tests.Live;

/// <summary>Command outcomes in plain words.</summary>
public sealed class CommandOutcomeTextTests
{
    [Fact]
    public void Accepted_says_so()
    {
        Assert.Equal("Identify: accepted by the rig.", CommandOutcomeText.Describe("Identify", new CommandOutcome(true, "ok", "", false, "c1", 1)));
    }

    [Fact]
    public void A_host_refusal_gives_the_reason_in_words_and_the_detail()
    {
        var text = CommandOutcomeText.Describe("Start pre-warm", CommandOutcome.RefusedByHost(HostRefusals.RigOffline, "Rig rig-01 is offline: check its power."));
        Assert.Equal("Start pre-warm was refused by the host: the rig is offline. Rig rig-01 is offline: check its power.", text);
    }

    [Fact]
    public void A_rig_refusal_names_the_rig_and_an_unknown_code_is_readable()
    {
        var text = CommandOutcomeText.Describe("Abort", new CommandOutcome(false, "lid_is_open", "", false, "c2", 1));
        Assert.Equal("Abort was refused by the rig: lid is open.", text);
    }

    [Fact]
    public void A_time_out_says_no_answer()
    {
        var text = CommandOutcomeText.Describe("Confirm loaded", new CommandOutcome(false, CommandOutcome.TimedOutReason, "Rig did not answer.", true, "c3", 3));
        Assert.StartsWith("Confirm loaded: no answer from the rig.", text, StringComparison.Ordinal);
    }
}

using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Web.Pages.Runs.Live;

namespace ChandlerLoop.Web.Tests.Live;

/// <summary>Who may do what on the live page (the buttons shown and the handlers' server-side check).</summary>
public sealed class RunActionRulesTests
{
    [Theory]
    [InlineData(RunState.Draft, LiveRunAction.StartPrewarm)]
    [InlineData(RunState.PreWarming, LiveRunAction.Abort)]
    [InlineData(RunState.Ready, LiveRunAction.ConfirmLoaded | LiveRunAction.Abort)]
    [InlineData(RunState.Running, LiveRunAction.AcknowledgeSample | LiveRunAction.Abort)]
    [InlineData(RunState.SampleDue, LiveRunAction.AcknowledgeSample | LiveRunAction.Abort)]
    [InlineData(RunState.Completed, LiveRunAction.None)]
    [InlineData(RunState.Aborted, LiveRunAction.None)]
    [InlineData(RunState.Faulted, LiveRunAction.None)]
    [InlineData(RunState.Approved, LiveRunAction.None)]
    public void An_operator_gets_the_actions_of_the_run_state(RunState state, LiveRunAction expected)
    {
        Assert.Equal(expected, RunActionRules.Allowed(UserRole.Operator, state, isLocked: false));
    }

    [Theory]
    [InlineData(UserRole.LabManager)]
    [InlineData(UserRole.Admin)]
    public void Lab_managers_and_admins_get_no_run_actions_in_any_state(UserRole role)
    {
        foreach (var state in Enum.GetValues<RunState>())
        {
            Assert.Equal(LiveRunAction.None, RunActionRules.Allowed(role, state, isLocked: false));
            foreach (var action in new[] { LiveRunAction.StartPrewarm, LiveRunAction.ConfirmLoaded, LiveRunAction.AcknowledgeSample, LiveRunAction.Abort })
            {
                Assert.False(RunActionRules.IsAllowed(role, state, false, action));
                Assert.Contains("Only an operator", RunActionRules.Refusal(role, state, false, action), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_locked_run_allows_nothing()
    {
        Assert.Equal(LiveRunAction.None, RunActionRules.Allowed(UserRole.Operator, RunState.Running, isLocked: true));
        Assert.Contains("locked", RunActionRules.Refusal(UserRole.Operator, RunState.Running, true, LiveRunAction.Abort), StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_of_another_state_is_refused_with_the_current_state()
    {
        Assert.Null(RunActionRules.Refusal(UserRole.Operator, RunState.Ready, false, LiveRunAction.ConfirmLoaded));
        Assert.Contains("running", RunActionRules.Refusal(UserRole.Operator, RunState.Running, false, LiveRunAction.ConfirmLoaded), StringComparison.Ordinal);
        Assert.False(RunActionRules.IsAllowed(UserRole.Operator, RunState.Draft, false, LiveRunAction.None));
    }
}

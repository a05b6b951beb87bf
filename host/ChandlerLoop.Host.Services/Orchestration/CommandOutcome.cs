namespace ChandlerLoop.Host.Services.Orchestration;

/// <summary>
/// What became of a command sent by <see cref="RunOrchestrator"/>: accepted by the rig, refused (by the
/// rig, with its wire reason such as <c>sample_not_due</c>, or by the host before sending, with one of
/// <see cref="HostRefusals"/>), or unanswered after every attempt (<see cref="TimedOut"/>).
/// </summary>
/// <param name="Accepted">True when the rig accepted and applied the command.</param>
/// <param name="Reason">
/// <c>ok</c> when accepted; otherwise the rig's reason code (docs/protocol.md, "Reason codes"), a
/// <see cref="HostRefusals"/> code, or <c>timed_out</c>.
/// </param>
/// <param name="Detail">Text a person can read (the rig's detail, or the host's explanation and how to fix it).</param>
/// <param name="TimedOut">True when no answer arrived in time on any attempt; a late answer is still applied.</param>
/// <param name="CommandId">The command id sent; null when the host refused before sending.</param>
/// <param name="Attempts">How many times the command was published (0 when refused by the host).</param>
public sealed record CommandOutcome(bool Accepted, string Reason, string Detail, bool TimedOut, string? CommandId = null, int Attempts = 0)
{
    /// <summary>The reason of an outcome without an answer.</summary>
    public const string TimedOutReason = "timed_out";

    /// <summary>A refusal by the host before anything was sent.</summary>
    public static CommandOutcome RefusedByHost(string reason, string detail) => new(false, reason, detail, false);

    /// <summary>True when the host refused before sending (no command id).</summary>
    public bool RefusedBeforeSending => CommandId is null;
}

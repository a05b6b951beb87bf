namespace ChandlerLoop.Protocol.Names;

/// <summary>
/// Why a run was aborted, as it appears on the wire (docs/protocol.md, "Names"). The <c>abort</c> command
/// accepts every value except <see cref="PowerLost"/>, which only the rig itself reports.
/// </summary>
public enum RunAbortReason
{
    /// <summary><c>operator</c>: the operator stopped the run (button or host UI on the operator's behalf).</summary>
    Operator,

    /// <summary><c>host</c>: the host software stopped the run.</summary>
    Host,

    /// <summary><c>lid_opened</c>: the lid was opened during the run.</summary>
    LidOpened,

    /// <summary><c>power_lost</c>: the rig lost power during the run (reported by the rig after reboot).</summary>
    PowerLost,
}

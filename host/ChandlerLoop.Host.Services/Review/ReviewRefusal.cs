namespace ChandlerLoop.Host.Services.Review;

/// <summary>Why a signature or a deviation disposition was refused (see <see cref="ReviewRefusedException"/>).</summary>
public enum ReviewRefusal
{
    /// <summary>Unknown user name or wrong password (not told apart, so names cannot be probed).</summary>
    WrongCredentials,

    /// <summary>The user is deactivated.</summary>
    UserInactive,

    /// <summary>The user's role may not do this (review, approval and dispositions need LabManager or Admin).</summary>
    RoleNotAllowed,

    /// <summary>The run does not exist.</summary>
    UnknownRun,

    /// <summary>The deviation does not exist.</summary>
    UnknownDeviation,

    /// <summary>The run has not ended yet (draft, pre-warming, ready, running).</summary>
    RunNotEnded,

    /// <summary>The run is approved and locked.</summary>
    RunLocked,

    /// <summary>This user already signed this run with this meaning.</summary>
    AlreadySigned,

    /// <summary>Approval needs a ReviewedBy signature first.</summary>
    ReviewMissing,

    /// <summary>Approval needs the run's acceptance to have been evaluated.</summary>
    AcceptanceNotEvaluated,

    /// <summary>Approval needs every deviation of the run to have a disposition.</summary>
    OpenDeviations,

    /// <summary>A required text (disposition, reason, what) is empty.</summary>
    MissingText,

    /// <summary>The four-eyes rule (<see cref="SignaturePolicy"/>): the approver must not be the only reviewer.</summary>
    ApproverIsReviewer,

    /// <summary>The signer's account is locked after too many wrong passwords (sign-in or signing).</summary>
    AccountLocked,
}

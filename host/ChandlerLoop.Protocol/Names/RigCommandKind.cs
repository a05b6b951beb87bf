namespace ChandlerLoop.Protocol.Names;

/// <summary>The <c>cmd</c> field of a command message (docs/protocol.md, "commands").</summary>
public enum RigCommandKind
{
    /// <summary><c>start_prewarm</c>.</summary>
    StartPrewarm,

    /// <summary><c>confirm_loaded</c>.</summary>
    ConfirmLoaded,

    /// <summary><c>ack_sample</c>.</summary>
    AckSample,

    /// <summary><c>abort</c>.</summary>
    Abort,

    /// <summary><c>clear_fault</c>.</summary>
    ClearFault,

    /// <summary><c>set_gains</c>.</summary>
    SetGains,

    /// <summary><c>start_autotune</c>.</summary>
    StartAutotune,

    /// <summary><c>identify</c>.</summary>
    Identify,

    /// <summary><c>backfill</c>.</summary>
    Backfill,
}

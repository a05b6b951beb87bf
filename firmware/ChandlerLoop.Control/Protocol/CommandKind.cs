namespace ChandlerLoop.Control.Protocol
{
    /// <summary>The commands of protocol version 1 (docs/protocol.md, "commands"). Numbers are
    /// stable: append only.</summary>
    public enum CommandKind
    {
        /// <summary>Not decoded (or unknown).</summary>
        None = 0,
        /// <summary><c>start_prewarm</c>.</summary>
        StartPrewarm = 1,
        /// <summary><c>confirm_loaded</c>.</summary>
        ConfirmLoaded = 2,
        /// <summary><c>ack_sample</c>.</summary>
        AckSample = 3,
        /// <summary><c>abort</c>.</summary>
        Abort = 4,
        /// <summary><c>clear_fault</c>.</summary>
        ClearFault = 5,
        /// <summary><c>set_gains</c>.</summary>
        SetGains = 6,
        /// <summary><c>start_autotune</c>.</summary>
        StartAutotune = 7,
        /// <summary><c>identify</c>.</summary>
        Identify = 8,
        /// <summary><c>backfill</c>.</summary>
        Backfill = 9,
    }
}

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>What <see cref="RigCommandProcessor.Process"/> did with a payload.</summary>
    public enum CommandOutcome
    {
        /// <summary>A repeated command id: nothing changed and nothing is to be published.</summary>
        Ignored = 0,
        /// <summary>Unreadable payload: a <c>message_rejected</c> event is ready; nothing changed.</summary>
        Rejected = 1,
        /// <summary>Refused: a <c>command_result</c> with <c>accepted: false</c> is ready; nothing changed.</summary>
        Refused = 2,
        /// <summary>Applied: a <c>command_result</c> with <c>accepted: true</c> is ready.</summary>
        Accepted = 3,
    }
}

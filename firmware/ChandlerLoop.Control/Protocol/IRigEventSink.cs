namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// Where <see cref="RigEventTracker"/> hands each encoded event: the firmware copies it into
    /// its outbound queue, the virtual rig publishes it. The writer is reused for the next event,
    /// so the sink must copy what it keeps before returning; it must not block on the network.
    /// </summary>
    public interface IRigEventSink
    {
        /// <summary>Takes one complete event for <c>chandler/v1/{rig}/events</c> (QoS 1): the first
        /// <see cref="JsonWriter.Length"/> bytes of <see cref="JsonWriter.Buffer"/>. Never called
        /// with a failed writer.</summary>
        void SendEvent(JsonWriter writer);
    }
}

namespace ChandlerLoop.Control.Protocol
{
    /// <summary>
    /// What an accepted command asks of the firmware beyond the control core (which
    /// <see cref="RigCommandProcessor"/> drives itself). The parameters are in
    /// <see cref="RigCommandProcessor.Command"/> (and the back-fill range in
    /// <see cref="RigCommandProcessor.BackfillFromSequence"/>/<see cref="RigCommandProcessor.BackfillToSequence"/>).
    /// Numbers are stable: append only.
    /// </summary>
    public enum RigRequest
    {
        /// <summary>Nothing more to do.</summary>
        None = 0,
        /// <summary>Run the relay autotune at <see cref="DecodedCommand.SetCelsius"/>, then publish
        /// an <c>autotune_result</c> event.</summary>
        StartAutotune = 1,
        /// <summary>Blink the LED and beep for <see cref="DecodedCommand.IdentifySeconds"/>.</summary>
        Identify = 2,
        /// <summary>Re-publish the held telemetry records of the range with <c>replay: true</c>
        /// at QoS 1, oldest first, at most 50 a second.</summary>
        Backfill = 3,
        /// <summary>The host's abort note (<see cref="DecodedCommand.Note"/>) should be logged.</summary>
        LogAbortNote = 4,
    }
}

namespace ChandlerLoop.Control.Temperature
{
    /// <summary>Phase of a <see cref="RelayAutotuner"/>. Numbers are stable.</summary>
    public enum AutotuneState
    {
        /// <summary>Heating at the relay's high duty until the measurement first reaches the target.</summary>
        Approaching = 0,
        /// <summary>Relay oscillation around the target; cycles are being measured.</summary>
        Relaying = 1,
        /// <summary>Finished; <see cref="RelayAutotuner.Result"/> holds the measurement. Output 0.</summary>
        Completed = 2,
        /// <summary>Stopped early; <see cref="RelayAutotuner.AbortReason"/> says why. Output 0.</summary>
        Aborted = 3,
    }
}

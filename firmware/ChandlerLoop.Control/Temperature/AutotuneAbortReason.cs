namespace ChandlerLoop.Control.Temperature
{
    /// <summary>Why a <see cref="RelayAutotuner"/> stopped without a result. Numbers are stable.</summary>
    public enum AutotuneAbortReason
    {
        /// <summary>Not aborted.</summary>
        None = 0,
        /// <summary>The autotune took longer than RelayAutotuneSettings.MaxDurationSeconds
        /// (heater too weak, heater failed, or the bath cannot reach the target).</summary>
        Timeout = 1,
        /// <summary>The measurement exceeded RelayAutotuneSettings.MaxTemperatureCelsius.</summary>
        OverTemperature = 2,
        /// <summary>The measurement was NaN or infinite (sensor fault).</summary>
        InvalidMeasurement = 3,
        /// <summary>The target changed during the autotune; the relay must oscillate around one target.</summary>
        TargetChanged = 4,
        /// <summary>Cancel was called (operator or host).</summary>
        Cancelled = 5,
        /// <summary>The relay cycles gave a physically impossible model (no rise, non-positive gain).</summary>
        MeasurementInconsistent = 6,
        /// <summary>The target is above MaxTemperatureCelsius or not a finite number.</summary>
        TargetOutOfBounds = 7,
    }
}

namespace ChandlerLoop.Control.Run
{
    /// <summary>
    /// Why a run command or a run plan was refused; <see cref="None"/> means accepted. A refused
    /// command changes nothing. The numbers are part of the rig protocol (command rejections):
    /// never renumber, only append.
    /// </summary>
    public enum RunRefusal
    {
        /// <summary>Accepted.</summary>
        None = 0,
        /// <summary>The command is not allowed in the current <see cref="RunState"/>.</summary>
        WrongState = 1,
        /// <summary>The time passed in is NaN or infinite.</summary>
        InvalidTime = 2,
        /// <summary>The time passed in is earlier than a time already accepted.</summary>
        TimeWentBackwards = 3,
        /// <summary>No plan was given (null).</summary>
        PlanMissing = 4,
        /// <summary>Set-point outside 20–42 °C (DOMAIN.md §2 hard range) or not a number.</summary>
        TargetTemperatureOutOfRange = 5,
        /// <summary>Rotation speed outside 1–60 rpm (DOMAIN.md §2 hard range) or not a number.</summary>
        SpeedOutOfRange = 6,
        /// <summary>Exposure outside 1–240 min (60–14,400 s, DOMAIN.md §2 hard range) or not a
        /// number.</summary>
        ExposureOutOfRange = 7,
        /// <summary>Stability band outside the allowed range or not a number.</summary>
        StabilityBandOutOfRange = 8,
        /// <summary>Stability hold time outside the allowed range or not a number.</summary>
        StabilityHoldOutOfRange = 9,
        /// <summary>More sampling offsets than <see cref="RunPlan.MaxSamples"/>.</summary>
        TooManySamples = 10,
        /// <summary>A sampling offset is negative, after the exposure end, or not a number.</summary>
        SampleOffsetOutOfRange = 11,
        /// <summary>Two sampling offsets are equal.</summary>
        DuplicateSampleOffset = 12,
        /// <summary>Sampling offsets are not in ascending order.</summary>
        SampleOffsetsNotAscending = 13,
        /// <summary>Loading was confirmed while the temperature is still pre-warming (the
        /// stability gate is not met).</summary>
        TemperatureNotStable = 14,
        /// <summary>The sample index is not one of the plan's samples.</summary>
        SampleIndexOutOfRange = 15,
        /// <summary>The sample was already acknowledged.</summary>
        SampleAlreadyAcknowledged = 16,
        /// <summary>The sample's time has not come yet.</summary>
        SampleNotDue = 17,
        /// <summary>An earlier sample is due and not yet acknowledged: samples are acknowledged
        /// in schedule order.</summary>
        SampleOutOfOrder = 18,
        /// <summary>The abort reason is <see cref="AbortReason.None"/> or not a defined value.</summary>
        InvalidAbortReason = 19,
    }
}

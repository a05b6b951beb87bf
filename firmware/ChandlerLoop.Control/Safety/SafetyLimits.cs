namespace ChandlerLoop.Control.Safety
{
    /// <summary>
    /// The limits the <see cref="SafetySupervisor"/> enforces. Every property has a documented
    /// default and a hard range; <see cref="Validate"/> reports the first setting outside its range
    /// (nothing is clamped silently). The supervisor copies the values when it is constructed, so
    /// changing this object later has no effect on a running supervisor.
    /// The physics behind each default is in docs/safety.md.
    /// </summary>
    public sealed class SafetyLimits
    {
        /// <summary>The over-temperature limit can never be configured above this (°C).</summary>
        public const double AbsoluteMaximumOverTemperatureCelsius = 42.0;

        /// <summary>The over-temperature limit can never be configured below this (°C).</summary>
        public const double AbsoluteMinimumOverTemperatureCelsius = 21.0;

        /// <summary>Hard over-temperature limit on either sensor, °C. Default 39.0; allowed
        /// 21.0..42.0 (a setting above 42 °C is refused, never clamped).</summary>
        public double OverTemperatureLimitCelsius { get; set; } = 39.0;

        /// <summary>An over-temperature fault can be cleared only once both sensors read below
        /// limit minus this, °C. Default 0.5; allowed 0..5.</summary>
        public double OverTemperatureClearHysteresisCelsius { get; set; } = 0.5;

        /// <summary>A set-point must stay at least this far below the over-temperature limit, °C,
        /// so that normal overshoot and noise cannot trip the limit. Default 1.0 (so 38.0 °C is the
        /// highest set-point with the default limit); allowed 0.2..5.</summary>
        public double SetpointMarginCelsius { get; set; } = 1.0;

        /// <summary>Readings below this are invalid (a short-circuited RTD reads far below), °C.
        /// Default 0.0 (a water bath cannot be below freezing); allowed -55..(limit - 1).</summary>
        public double MinimumPlausibleCelsius { get; set; } = 0.0;

        /// <summary>Readings above this are invalid (an open RTD reads far above), °C. Default 80.0;
        /// allowed (limit + 1)..84.0, so that the DS18B20 power-on register value 85.0 °C (Maxim
        /// DS18B20 datasheet, "power-on reset value of the temperature register is +85°C") and its
        /// -127 "no device/CRC error" driver value are always invalid.</summary>
        public double MaximumPlausibleCelsius { get; set; } = 80.0;

        /// <summary>The control tick period, seconds. Default 0.5; allowed 0.01..10.</summary>
        public double ControlPeriodSeconds { get; set; } = 0.5;

        /// <summary>The control (RTD) reading is stale when its age exceeds this many control
        /// periods. Default 4 (2 s at 0.5 s; the MAX31865 converts in about 63 ms, so four missed
        /// periods is a broken driver or bus, not a slow sensor); allowed 1..100.</summary>
        public int ControlSensorStalePeriods { get; set; } = 4;

        /// <summary>The safety (DS18B20) reading is stale when its age exceeds this many control
        /// periods. Default 10 (5 s at 0.5 s; a 12-bit DS18B20 conversion takes up to 750 ms, read
        /// about once a second, so this allows several missed reads); allowed 1..1000.</summary>
        public int SafetySensorStalePeriods { get; set; } = 10;

        /// <summary>The control loop is stalled when no tick happened for longer than this,
        /// seconds. Default 2.0 (four periods); allowed 2 × period..60.</summary>
        public double ControlLoopDeadlineSeconds { get; set; } = 2.0;

        /// <summary>Largest allowed |control - safety| difference, °C. Default 1.0 (DESIGN.md);
        /// allowed 0.2..5.</summary>
        public double SensorDisagreementLimitCelsius { get; set; } = 1.0;

        /// <summary>The difference must exceed the limit continuously for this long before the
        /// fault latches, seconds. Default 5.0; allowed 0..120.</summary>
        public double SensorDisagreementDebounceSeconds { get; set; } = 5.0;

        /// <summary>The heating check runs only while the applied heater duty is at least this
        /// (0..1). Default 0.6; allowed 0.3..1.</summary>
        public double HeatingCheckDutyThreshold { get; set; } = 0.6;

        /// <summary>Length of the heating check window, seconds. Default 240; allowed 30..3600.</summary>
        public double HeatingCheckWindowSeconds { get; set; } = 240.0;

        /// <summary>After the duty has been at or above the threshold for a whole window, the
        /// control temperature must be at least this much above its minimum over the window, °C.
        /// Default 0.2; allowed 0.05..5.</summary>
        public double HeatingCheckMinimumRiseCelsius { get; set; } = 0.2;

        /// <summary>Seconds after which a control reading is stale.</summary>
        public double ControlSensorStaleSeconds
        {
            get { return ControlSensorStalePeriods * ControlPeriodSeconds; }
        }

        /// <summary>Seconds after which a safety reading is stale.</summary>
        public double SafetySensorStaleSeconds
        {
            get { return SafetySensorStalePeriods * ControlPeriodSeconds; }
        }

        /// <summary>Checks every setting against its range and returns the first one that is
        /// outside, or <see cref="SafetyLimitsError.None"/>. NaN is always out of range.</summary>
        public SafetyLimitsError Validate()
        {
            double limit = OverTemperatureLimitCelsius;
            if (!InRange(limit, AbsoluteMinimumOverTemperatureCelsius, AbsoluteMaximumOverTemperatureCelsius))
            {
                return SafetyLimitsError.OverTemperatureLimitOutOfRange;
            }

            if (!InRange(OverTemperatureClearHysteresisCelsius, 0.0, 5.0))
            {
                return SafetyLimitsError.OverTemperatureClearHysteresisOutOfRange;
            }

            if (!InRange(SetpointMarginCelsius, 0.2, 5.0))
            {
                return SafetyLimitsError.SetpointMarginOutOfRange;
            }

            if (!InRange(MinimumPlausibleCelsius, -55.0, limit - 1.0))
            {
                return SafetyLimitsError.MinimumPlausibleOutOfRange;
            }

            if (!InRange(MaximumPlausibleCelsius, limit + 1.0, 84.0))
            {
                return SafetyLimitsError.MaximumPlausibleOutOfRange;
            }

            if (!InRange(ControlPeriodSeconds, 0.01, 10.0))
            {
                return SafetyLimitsError.ControlPeriodOutOfRange;
            }

            if (ControlSensorStalePeriods < 1 || ControlSensorStalePeriods > 100)
            {
                return SafetyLimitsError.ControlSensorStalePeriodsOutOfRange;
            }

            if (SafetySensorStalePeriods < 1 || SafetySensorStalePeriods > 1000)
            {
                return SafetyLimitsError.SafetySensorStalePeriodsOutOfRange;
            }

            if (!InRange(ControlLoopDeadlineSeconds, 2.0 * ControlPeriodSeconds, 60.0))
            {
                return SafetyLimitsError.ControlLoopDeadlineOutOfRange;
            }

            if (!InRange(SensorDisagreementLimitCelsius, 0.2, 5.0))
            {
                return SafetyLimitsError.SensorDisagreementLimitOutOfRange;
            }

            if (!InRange(SensorDisagreementDebounceSeconds, 0.0, 120.0))
            {
                return SafetyLimitsError.SensorDisagreementDebounceOutOfRange;
            }

            if (!InRange(HeatingCheckDutyThreshold, 0.3, 1.0))
            {
                return SafetyLimitsError.HeatingCheckDutyThresholdOutOfRange;
            }

            if (!InRange(HeatingCheckWindowSeconds, 30.0, 3600.0))
            {
                return SafetyLimitsError.HeatingCheckWindowOutOfRange;
            }

            if (!InRange(HeatingCheckMinimumRiseCelsius, 0.05, 5.0))
            {
                return SafetyLimitsError.HeatingCheckMinimumRiseOutOfRange;
            }

            return SafetyLimitsError.None;
        }

        /// <summary>A sentence for the operator saying which setting is wrong and its range.</summary>
        public static string Describe(SafetyLimitsError error)
        {
            switch (error)
            {
                case SafetyLimitsError.None: return "Safety limits are valid.";
                case SafetyLimitsError.OverTemperatureLimitOutOfRange: return "OverTemperatureLimitCelsius must be between 21.0 and 42.0 °C.";
                case SafetyLimitsError.OverTemperatureClearHysteresisOutOfRange: return "OverTemperatureClearHysteresisCelsius must be between 0 and 5 °C.";
                case SafetyLimitsError.SetpointMarginOutOfRange: return "SetpointMarginCelsius must be between 0.2 and 5 °C.";
                case SafetyLimitsError.MinimumPlausibleOutOfRange: return "MinimumPlausibleCelsius must be between -55 °C and 1 °C below the over-temperature limit.";
                case SafetyLimitsError.MaximumPlausibleOutOfRange: return "MaximumPlausibleCelsius must be between 1 °C above the over-temperature limit and 84 °C.";
                case SafetyLimitsError.ControlPeriodOutOfRange: return "ControlPeriodSeconds must be between 0.01 and 10 s.";
                case SafetyLimitsError.ControlSensorStalePeriodsOutOfRange: return "ControlSensorStalePeriods must be between 1 and 100.";
                case SafetyLimitsError.SafetySensorStalePeriodsOutOfRange: return "SafetySensorStalePeriods must be between 1 and 1000.";
                case SafetyLimitsError.ControlLoopDeadlineOutOfRange: return "ControlLoopDeadlineSeconds must be between two control periods and 60 s.";
                case SafetyLimitsError.SensorDisagreementLimitOutOfRange: return "SensorDisagreementLimitCelsius must be between 0.2 and 5 °C.";
                case SafetyLimitsError.SensorDisagreementDebounceOutOfRange: return "SensorDisagreementDebounceSeconds must be between 0 and 120 s.";
                case SafetyLimitsError.HeatingCheckDutyThresholdOutOfRange: return "HeatingCheckDutyThreshold must be between 0.3 and 1.";
                case SafetyLimitsError.HeatingCheckWindowOutOfRange: return "HeatingCheckWindowSeconds must be between 30 and 3600 s.";
                case SafetyLimitsError.HeatingCheckMinimumRiseOutOfRange: return "HeatingCheckMinimumRiseCelsius must be between 0.05 and 5 °C.";
                default: return "Unknown safety limits error.";
            }
        }

        private static bool InRange(double value, double minimum, double maximum)
        {
            // Written so that NaN is out of range.
            return value >= minimum && value <= maximum;
        }
    }
}

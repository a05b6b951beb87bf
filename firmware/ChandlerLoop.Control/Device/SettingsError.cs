namespace ChandlerLoop.Control.Device
{
    /// <summary>The first problem <see cref="RigSettings.Validate"/> found; None when the settings
    /// are usable. <see cref="RigSettings.Describe"/> gives the message for the serial log and the
    /// status. Numbers are stable: append only.</summary>
    public enum SettingsError
    {
        /// <summary>Usable.</summary>
        None = 0,
        /// <summary>The settings file is missing.</summary>
        FileMissing = 1,
        /// <summary>The settings file is not valid JSON of the expected shape.</summary>
        FileUnreadable = 2,
        /// <summary>rigId is missing or not 1–32 of a-z, 0-9, '-' starting with a letter or digit.</summary>
        RigIdInvalid = 3,
        /// <summary>wifi or wifi.ssid missing or longer than 32 characters.</summary>
        WifiSsidInvalid = 4,
        /// <summary>wifi.password is neither empty nor 8–63 characters.</summary>
        WifiPasswordInvalid = 5,
        /// <summary>broker or broker.host missing or longer than 253 characters.</summary>
        BrokerHostInvalid = 6,
        /// <summary>broker.port outside 1..65535.</summary>
        BrokerPortInvalid = 7,
        /// <summary>broker.useTls is true but broker.caCertificatePath is empty.</summary>
        BrokerCaCertificateMissing = 8,
        /// <summary>broker.username or broker.password missing (every rig has its own credentials).</summary>
        BrokerCredentialsMissing = 9,
        /// <summary>A pin override is not a usable GPIO for its direction.</summary>
        PinOverrideInvalid = 10,
        /// <summary>calibration offset beyond ±2 °C.</summary>
        CalibrationOffsetOutOfRange = 11,
        /// <summary>calibration.calibratedOn or dueOn is not a YYYY-MM-DD date, or dueOn is before calibratedOn.</summary>
        CalibrationDateInvalid = 12,
        /// <summary>A gain is outside the set_gains ranges.</summary>
        GainsOutOfRange = 13,
        /// <summary>safety.overTemperatureLimitCelsius outside 21..42 or the disagreement limit outside 0.2..3.</summary>
        SafetyLimitOutOfRange = 14,
        /// <summary>storage.flashRecords outside 600..43200 or storage.ramRecords outside 60..1200.</summary>
        StorageSizeOutOfRange = 15,
        /// <summary>Two signals would share one GPIO after the overrides.</summary>
        PinConflict = 16,
    }
}

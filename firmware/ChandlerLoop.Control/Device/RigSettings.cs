namespace ChandlerLoop.Control.Device
{
    /// <summary>
    /// Everything a rig needs to know about its site, read at boot from
    /// <c>I:\chandler-settings.json</c> (camelCase keys; firmware/settings.example.json shows every
    /// key) and checked by <see cref="Validate"/> before anything is used. Credentials live only in
    /// that file on the device, never in source. Reference: firmware/README.md "Settings".
    /// </summary>
    public sealed class RigSettings
    {
        /// <summary>Longest rig id, characters (docs/protocol.md).</summary>
        public const int MaxRigIdLength = 32;

        /// <summary>Rig id, also the MQTT client id and the {rig} of the topics.</summary>
        public string RigId { get; set; }

        /// <summary>Wi-Fi network.</summary>
        public WifiSettings Wifi { get; set; }

        /// <summary>MQTT broker.</summary>
        public BrokerSettings Broker { get; set; }

        /// <summary>GPIO overrides (absent: none).</summary>
        public PinOverrideSettings Pins { get; set; } = new PinOverrideSettings();

        /// <summary>Sensor calibration (absent: offsets 0, never calibrated).</summary>
        public CalibrationSettings Calibration { get; set; } = new CalibrationSettings();

        /// <summary>Controller gains (absent: firmware defaults).</summary>
        public GainSettings Gains { get; set; } = new GainSettings();

        /// <summary>Safety limits (absent: defaults).</summary>
        public SafetySettings Safety { get; set; } = new SafetySettings();

        /// <summary>Telemetry buffer sizes (absent: defaults).</summary>
        public StorageSettings Storage { get; set; } = new StorageSettings();

        /// <summary>Checks every setting and returns the first problem, or None.</summary>
        public SettingsError Validate()
        {
            return RigSettingsValidator.Validate(this);
        }

        /// <summary>A message for the serial log and the status: which key is wrong and what to do.</summary>
        public static string Describe(SettingsError error)
        {
            switch (error)
            {
                case SettingsError.None: return "settings ok";
                case SettingsError.FileMissing: return "I:\\chandler-settings.json is missing: deploy it (firmware/README.md, Provisioning)";
                case SettingsError.FileUnreadable: return "I:\\chandler-settings.json is not valid JSON of the expected shape: compare with firmware/settings.example.json";
                case SettingsError.RigIdInvalid: return "rigId must be 1-32 of a-z, 0-9 and '-', starting with a letter or digit";
                case SettingsError.WifiSsidInvalid: return "wifi.ssid must be 1-32 characters";
                case SettingsError.WifiPasswordInvalid: return "wifi.password must be empty (open network) or 8-63 characters";
                case SettingsError.BrokerHostInvalid: return "broker.host must be a host name or address of 1-253 characters";
                case SettingsError.BrokerPortInvalid: return "broker.port must be 1..65535 (8883 for TLS, 1883 without)";
                case SettingsError.BrokerCaCertificateMissing: return "broker.useTls is true: set broker.caCertificatePath to the CA file deployed to I:\\";
                case SettingsError.BrokerCredentialsMissing: return "broker.username and broker.password are required (per-rig credentials from the host)";
                case SettingsError.PinOverrideInvalid: return "a pins.* override is not a usable GPIO (no flash 6-11, no strapping 0/2/5/12/15, no UART0 1/3, outputs not on 34-39)";
                case SettingsError.CalibrationOffsetOutOfRange: return "calibration offsets must be within -2..+2 C; larger errors mean a sensor or wiring fault";
                case SettingsError.CalibrationDateInvalid: return "calibration.calibratedOn and dueOn must be YYYY-MM-DD, dueOn not before calibratedOn";
                case SettingsError.GainsOutOfRange: return "gains out of range: kp 0-10, ki 0-1, kd 0-1000 (duty units), maxDutyCycle 0.05-1";
                case SettingsError.SafetyLimitOutOfRange: return "safety.overTemperatureLimitCelsius must be 21-42, safety.sensorDisagreementLimitCelsius 0.2-3";
                case SettingsError.StorageSizeOutOfRange: return "storage.flashRecords must be 600-43200 and storage.ramRecords 60-1200";
                case SettingsError.PinConflict: return "two signals share one GPIO after the pins overrides";
                default: return "settings invalid";
            }
        }
    }
}

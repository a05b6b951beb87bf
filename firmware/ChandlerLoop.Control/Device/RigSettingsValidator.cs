namespace ChandlerLoop.Control.Device
{
    /// <summary>The checks behind <see cref="RigSettings.Validate"/>, in file order; the first
    /// failure is returned. Ranges are those of docs/protocol.md where the protocol has them.</summary>
    public static class RigSettingsValidator
    {
        /// <summary>Checks <paramref name="settings"/>; null is FileUnreadable.</summary>
        public static SettingsError Validate(RigSettings settings)
        {
            if (settings == null)
            {
                return SettingsError.FileUnreadable;
            }

            if (!IsValidRigId(settings.RigId))
            {
                return SettingsError.RigIdInvalid;
            }

            WifiSettings wifi = settings.Wifi;
            if (wifi == null || !HasLength(wifi.Ssid, 1, 32))
            {
                return SettingsError.WifiSsidInvalid;
            }

            if (wifi.Password != null && wifi.Password.Length != 0 && !HasLength(wifi.Password, 8, 63))
            {
                return SettingsError.WifiPasswordInvalid;
            }

            SettingsError broker = CheckBroker(settings.Broker);
            if (broker != SettingsError.None)
            {
                return broker;
            }

            if (!PinsUsable(settings.Pins))
            {
                return SettingsError.PinOverrideInvalid;
            }

            SettingsError calibration = CheckCalibration(settings.Calibration);
            if (calibration != SettingsError.None)
            {
                return calibration;
            }

            GainSettings gains = settings.Gains;
            if (gains != null && (!Within(gains.ProportionalDutyPerCelsius, 0.0, 10.0)
                || !Within(gains.IntegralDutyPerCelsiusSecond, 0.0, 1.0)
                || !Within(gains.DerivativeDutySecondsPerCelsius, 0.0, 1000.0) || !Within(gains.MaxDutyCycle, 0.05, 1.0)))
            {
                return SettingsError.GainsOutOfRange;
            }

            SafetySettings safety = settings.Safety;
            if (safety != null && (!Within(safety.OverTemperatureLimitCelsius, 21.0, 42.0)
                || !Within(safety.SensorDisagreementLimitCelsius, 0.2, 3.0)))
            {
                return SettingsError.SafetyLimitOutOfRange;
            }

            StorageSettings storage = settings.Storage;
            if (storage != null && (storage.FlashRecords < 600 || storage.FlashRecords > 43200
                || storage.RamRecords < 60 || storage.RamRecords > 1200))
            {
                return SettingsError.StorageSizeOutOfRange;
            }

            return SettingsError.None;
        }

        /// <summary>Rig id rule of docs/protocol.md: 1–32 of a-z, 0-9 and '-', starting with a
        /// letter or digit.</summary>
        public static bool IsValidRigId(string rigId)
        {
            if (!HasLength(rigId, 1, RigSettings.MaxRigIdLength))
            {
                return false;
            }

            for (int i = 0; i < rigId.Length; i++)
            {
                char c = rigId[i];
                bool letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (!letterOrDigit && (c != '-' || i == 0))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True for an ISO 8601 calendar date <c>YYYY-MM-DD</c> (years 2000..2999, day
        /// within the month, leap years by the Gregorian rule).</summary>
        public static bool IsIsoDate(string text)
        {
            if (text == null || text.Length != 10 || text[4] != '-' || text[7] != '-')
            {
                return false;
            }

            int year = Digits(text, 0, 4);
            int month = Digits(text, 5, 2);
            int day = Digits(text, 8, 2);
            if (year < 2000 || year > 2999 || month < 1 || month > 12 || day < 1)
            {
                return false;
            }

            int days = month == 2 ? ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28)
                : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
            return day <= days;
        }

        private static SettingsError CheckBroker(BrokerSettings broker)
        {
            if (broker == null || !HasLength(broker.Host, 1, 253))
            {
                return SettingsError.BrokerHostInvalid;
            }

            if (broker.Port < 1 || broker.Port > 65535)
            {
                return SettingsError.BrokerPortInvalid;
            }

            if (broker.UseTls && !HasLength(broker.CaCertificatePath, 1, 200))
            {
                return SettingsError.BrokerCaCertificateMissing;
            }

            if (!HasLength(broker.Username, 1, 100) || !HasLength(broker.Password, 1, 200))
            {
                return SettingsError.BrokerCredentialsMissing;
            }

            return SettingsError.None;
        }

        private static SettingsError CheckCalibration(CalibrationSettings calibration)
        {
            if (calibration == null)
            {
                return SettingsError.None;
            }

            double limit = CalibrationSettings.MaximumOffsetCelsius;
            if (!Within(calibration.ControlOffsetCelsius, -limit, limit) || !Within(calibration.SafetyOffsetCelsius, -limit, limit))
            {
                return SettingsError.CalibrationOffsetOutOfRange;
            }

            string on = calibration.CalibratedOn;
            string due = calibration.DueOn;
            if ((on != null && !IsIsoDate(on)) || (due != null && !IsIsoDate(due)))
            {
                return SettingsError.CalibrationDateInvalid;
            }

            // ISO dates of equal length compare correctly as text.
            if (on != null && due != null && string.Compare(due, on) < 0)
            {
                return SettingsError.CalibrationDateInvalid;
            }

            return SettingsError.None;
        }

        private static bool PinsUsable(PinOverrideSettings pins)
        {
            if (pins == null)
            {
                return true;
            }

            return Output(pins.RtdChipSelect) && Output(pins.HeaterPwm) && Output(pins.StepperStep)
                && Output(pins.StepperDirection) && Output(pins.StepperEnable) && Input(pins.DrumHallSensor)
                && Output(pins.Buzzer) && Output(pins.StatusLed) && Input(pins.Button) && Input(pins.LidSwitch);
        }

        private static bool Output(int gpio)
        {
            return gpio == -1 || PinRules.IsUsableOutput(gpio);
        }

        private static bool Input(int gpio)
        {
            return gpio == -1 || PinRules.IsUsableInput(gpio);
        }

        private static bool HasLength(string text, int minimum, int maximum)
        {
            return text != null && text.Length >= minimum && text.Length <= maximum;
        }

        private static bool Within(double value, double minimum, double maximum)
        {
            return value >= minimum && value <= maximum;
        }

        private static int Digits(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = value * 10 + (c - '0');
            }

            return value;
        }
    }
}

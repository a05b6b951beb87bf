using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Control.Tests.Device;

public class RigSettingsTests
{
    internal static RigSettings Valid() => new()
    {
        RigId = "rig-01",
        Wifi = new WifiSettings { Ssid = "lab-iot", Password = "correct horse" },
        Broker = new BrokerSettings
        {
            Host = "broker.lab.example", Port = 8883, UseTls = true,
            CaCertificatePath = "I:\\broker-ca.pem", Username = "rig-01", Password = "s3cret-per-rig",
        },
    };

    [Fact]
    public void A_complete_file_with_defaults_is_valid()
    {
        Assert.Equal(SettingsError.None, Valid().Validate());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-rig")]
    [InlineData("Rig-01")]
    [InlineData("rig_01")]
    [InlineData("r23456789012345678901234567890123")]
    public void Bad_rig_ids_are_refused(string? rigId)
    {
        var settings = Valid();
        settings.RigId = rigId;
        Assert.Equal(SettingsError.RigIdInvalid, settings.Validate());
    }

    [Fact]
    public void Wifi_password_must_be_empty_or_8_to_63_characters()
    {
        var settings = Valid();
        settings.Wifi.Password = "short";
        Assert.Equal(SettingsError.WifiPasswordInvalid, settings.Validate());
        settings.Wifi.Password = "";
        Assert.Equal(SettingsError.None, settings.Validate());
    }

    [Fact]
    public void Missing_sections_name_the_section()
    {
        var settings = Valid();
        settings.Wifi = null;
        Assert.Equal(SettingsError.WifiSsidInvalid, settings.Validate());
        settings = Valid();
        settings.Broker = null;
        Assert.Equal(SettingsError.BrokerHostInvalid, settings.Validate());
    }

    [Fact]
    public void Tls_needs_a_ca_certificate_and_every_rig_needs_credentials()
    {
        var settings = Valid();
        settings.Broker.CaCertificatePath = null;
        Assert.Equal(SettingsError.BrokerCaCertificateMissing, settings.Validate());
        settings.Broker.UseTls = false;
        Assert.Equal(SettingsError.None, settings.Validate());
        settings.Broker.Password = "";
        Assert.Equal(SettingsError.BrokerCredentialsMissing, settings.Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void Broker_port_outside_1_65535_is_refused(int port)
    {
        var settings = Valid();
        settings.Broker.Port = port;
        Assert.Equal(SettingsError.BrokerPortInvalid, settings.Validate());
    }

    [Fact]
    public void Output_overrides_on_input_only_pins_are_refused()
    {
        var settings = Valid();
        settings.Pins.HeaterPwm = 34;
        Assert.Equal(SettingsError.PinOverrideInvalid, settings.Validate());
        settings.Pins.HeaterPwm = 4;
        settings.Pins.Button = 34;
        Assert.Equal(SettingsError.None, settings.Validate());
    }

    [Theory]
    [InlineData(2.01, 0.0)]
    [InlineData(0.0, -2.5)]
    [InlineData(double.NaN, 0.0)]
    public void Calibration_offsets_beyond_2_C_are_refused(double control, double safety)
    {
        var settings = Valid();
        settings.Calibration.ControlOffsetCelsius = control;
        settings.Calibration.SafetyOffsetCelsius = safety;
        Assert.Equal(SettingsError.CalibrationOffsetOutOfRange, settings.Validate());
    }

    [Theory]
    [InlineData("2026-02-29", null)]
    [InlineData("2026-13-01", null)]
    [InlineData("26-01-01", null)]
    [InlineData("2026-06-01", "2026-05-31")]
    public void Calibration_dates_must_be_real_and_ordered(string on, string? due)
    {
        var settings = Valid();
        settings.Calibration.CalibratedOn = on;
        settings.Calibration.DueOn = due;
        Assert.Equal(SettingsError.CalibrationDateInvalid, settings.Validate());
    }

    [Fact]
    public void Leap_day_is_a_date()
    {
        Assert.True(RigSettingsValidator.IsIsoDate("2028-02-29"));
        Assert.False(RigSettingsValidator.IsIsoDate("2100-02-29"));
        Assert.True(RigSettingsValidator.IsIsoDate("2000-02-29"));
    }

    [Fact]
    public void Gains_follow_the_set_gains_ranges()
    {
        var settings = Valid();
        settings.Gains.ProportionalDutyPerCelsius = 10.5;
        Assert.Equal(SettingsError.GainsOutOfRange, settings.Validate());
        settings.Gains.ProportionalDutyPerCelsius = 0.4;
        settings.Gains.MaxDutyCycle = 0.01;
        Assert.Equal(SettingsError.GainsOutOfRange, settings.Validate());
    }

    [Fact]
    public void Over_temperature_limit_cannot_exceed_the_42_C_cut_out()
    {
        var settings = Valid();
        settings.Safety.OverTemperatureLimitCelsius = 42.5;
        Assert.Equal(SettingsError.SafetyLimitOutOfRange, settings.Validate());
    }

    [Fact]
    public void Storage_sizes_are_bounded()
    {
        var settings = Valid();
        settings.Storage.FlashRecords = 100;
        Assert.Equal(SettingsError.StorageSizeOutOfRange, settings.Validate());
    }

    [Fact]
    public void Every_error_has_its_own_message()
    {
        var seen = new System.Collections.Generic.HashSet<string>();
        foreach (SettingsError error in System.Enum.GetValues<SettingsError>())
        {
            Assert.True(seen.Add(RigSettings.Describe(error)), error.ToString());
        }
    }
}

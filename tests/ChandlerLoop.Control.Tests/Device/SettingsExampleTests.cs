using System.IO;
using System.Text.Json;
using ChandlerLoop.Control.Device;

namespace ChandlerLoop.Control.Tests.Device;

public class SettingsExampleTests
{
    private static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ChandlerLoop.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, relative);
    }

    [Fact]
    public void The_example_settings_file_parses_and_validates()
    {
        // nanoFramework.Json on the device matches keys case-insensitively, as configured here.
        string json = File.ReadAllText(RepositoryFile("firmware/settings.example.json"));
        var settings = JsonSerializer.Deserialize<RigSettings>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

        Assert.NotNull(settings);
        Assert.Equal(SettingsError.None, settings!.Validate());
        Assert.Equal("rig-01", settings.RigId);
        Assert.Equal(-1, settings.Pins.HeaterPwm);
        Assert.True(settings.Gains.UseDefaults);
        Assert.Equal(3600, settings.Storage.FlashRecords);
    }

    [Fact]
    public void The_example_holds_placeholders_not_credentials()
    {
        string json = File.ReadAllText(RepositoryFile("firmware/settings.example.json"));
        var settings = JsonSerializer.Deserialize<RigSettings>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.StartsWith("YOUR-", settings.Wifi.Ssid);
        Assert.StartsWith("YOUR-", settings.Wifi.Password);
        Assert.StartsWith("PER-RIG-", settings.Broker.Password);
    }
}

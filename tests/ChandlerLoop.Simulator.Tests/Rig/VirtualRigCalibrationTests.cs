using System.Globalization;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Simulator.Rig;

namespace ChandlerLoop.Simulator.Tests.Rig;

/// <summary>The virtual rig reports its configured calibration in every online status, as the
/// firmware reports its settings file's (docs/protocol.md, "status"; hardware/calibration.md §1).</summary>
public sealed class VirtualRigCalibrationTests
{
    [Fact]
    public async Task An_unconfigured_rig_reports_itself_uncalibrated()
    {
        await using RigSession s = await RigSession.StartAsync();
        await s.Rig.RunTicksAsync(4);
        await s.SettleAsync();

        RigStatus status = s.Host.Statuses(s.RigId).Last(st => st.Online);
        Assert.Equal(new RigCalibration(0, 0, null, null), status.Calibration);
    }

    [Fact]
    public async Task The_configured_calibration_is_in_every_online_status_also_after_a_reboot()
    {
        var calibration = new RigCalibration(-0.07, -0.19, new DateOnly(2026, 11, 20), new DateOnly(2027, 11, 20));
        await using RigSession s = await RigSession.StartAsync(calibration: calibration);
        await s.Rig.RunTicksAsync(4);
        s.Rig.Reboot();
        await s.Rig.RunTicksAsync(30);
        await s.SettleAsync(sinceLastOffline: true);

        List<RigStatus> statuses = s.Host.Statuses(s.RigId).ToList();
        Assert.Contains(statuses, st => !st.Online);
        Assert.True(statuses.Count(st => st.Online) >= 2, string.Join("\n", statuses));
        Assert.All(statuses.Where(st => st.Online), st => Assert.Equal(calibration, st.Calibration));
        Assert.All(statuses.Where(st => !st.Online), st => Assert.Null(st.Calibration));
    }

    [Theory]
    [InlineData(2.5, 0.0, null, null)]
    [InlineData(0.0, -2.01, null, null)]
    [InlineData(double.NaN, 0.0, null, null)]
    [InlineData(0.0, 0.0, "2027-11-20", "2026-11-20")]
    public void Options_refuse_a_calibration_the_firmware_would_refuse(double control, double safety, string? on, string? due)
    {
        var options = new VirtualRigOptions
        {
            Calibration = new RigCalibration(control, safety, on is null ? null : DateOnly.Parse(on, CultureInfo.InvariantCulture), due is null ? null : DateOnly.Parse(due, CultureInfo.InvariantCulture)),
        };

        ArgumentException error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Equal(nameof(VirtualRigOptions.Calibration), error.ParamName);
    }
}

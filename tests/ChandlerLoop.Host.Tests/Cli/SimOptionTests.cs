using ChandlerLoop.Host.Tests.Infrastructure;

namespace ChandlerLoop.Host.Tests.Cli;

public sealed class SimOptionTests
{
    [Theory]
    [InlineData(new[] { "--broker", "localhost" }, "--broker")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--speed", "0.5" }, "--speed")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--speed", "601" }, "use 1–600")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--rigs", "100" }, "--rigs")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--rigs", "2", "--fault", "rig-03:motor-stall@600s" }, "no rig 'rig-03'")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--fault", "rig-01:explode@600s" }, "motor-stall, heater-failure")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--drop", "rig-01@300s" }, "rig-01:30s@300s")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--reboot", "rig-01@soon" }, "rig-01@900s")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--duration", "forever" }, "--duration")]
    [InlineData(new[] { "--broker", "127.0.0.1:1883", "--user", "rig-01" }, "--password-file")]
    public async Task Bad_input_is_refused_before_anything_connects(string[] options, string expected)
    {
        using var cli = new CliHarness();

        var run = await cli.RunAsync(["sim", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sim:", run.Out, StringComparison.Ordinal);
    }
}

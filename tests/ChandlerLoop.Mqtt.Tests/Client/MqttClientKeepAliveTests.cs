using ChandlerLoop.Mqtt.Client;
using ChandlerLoop.Mqtt.Packets;
using ChandlerLoop.Mqtt.Tests.Fakes;

namespace ChandlerLoop.Mqtt.Tests.Client;

public class MqttClientKeepAliveTests
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(0, 0, false, (int)MqttKeepAliveAction.None)]
    [InlineData(14.9, 0, false, (int)MqttKeepAliveAction.None)] // nothing sent for < 0.75 × 20 s
    [InlineData(15, 0, false, (int)MqttKeepAliveAction.SendPing)] // nothing sent for 0.75 × 20 s
    [InlineData(0, 15, false, (int)MqttKeepAliveAction.SendPing)] // silent broker for 0.75 × 20 s: probe it
    [InlineData(0, 15, true, (int)MqttKeepAliveAction.None)] // a ping is already out
    [InlineData(0, 29.9, true, (int)MqttKeepAliveAction.None)]
    [InlineData(0, 30, true, (int)MqttKeepAliveAction.ConnectionLost)] // 1.5 × 20 s without any packet
    public void MonitorPingsAtThreeQuartersAndGivesUpAtOneAndAHalfKeepAlive(double sinceSentSeconds, double sinceReceivedSeconds, bool pingOutstanding, int expected)
    {
        TimeSpan now = TimeSpan.FromSeconds(100);
        MqttKeepAliveAction action = MqttKeepAliveMonitor.Evaluate(
            now, now - TimeSpan.FromSeconds(sinceSentSeconds), now - TimeSpan.FromSeconds(sinceReceivedSeconds), pingOutstanding, KeepAlive);
        Assert.Equal((MqttKeepAliveAction)expected, action);
    }

    [Fact]
    public void KeepAliveZeroDisablesTheMonitor()
    {
        Assert.Equal(MqttKeepAliveAction.None, MqttKeepAliveMonitor.Evaluate(TimeSpan.FromHours(1), TimeSpan.Zero, TimeSpan.Zero, false, TimeSpan.Zero));
    }

    [Fact]
    public async Task IdleConnectionSendsPingReqAndStaysUpWhenPingRespArrives()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithKeepAlivePeriod(KeepAlive));
        ScriptedBroker broker = await harness.ConnectAsync();

        for (int round = 0; round < 3; round++)
        {
            await AdvanceByChecksAsync(harness, checks: 3); // 15 s = 0.75 × keep-alive
            await broker.ReceiveAsync<MqttPingReqPacket>();
            await broker.SendAsync(MqttPingRespPacket.Instance);

            // Barrier: once this message is delivered the reader has also taken the PINGRESP before it.
            await broker.SendAsync(new MqttPublishPacket { Topic = "sync", Payload = new byte[] { (byte)round } });
            Assert.Equal(round, (await harness.NextMessageAsync()).Payload.Span[0]);
        }

        // Each round produced a new PINGREQ, so every PINGRESP cleared the outstanding ping.

        Assert.True(harness.Client.IsConnected);
    }

    [Fact]
    public async Task NoPingRespWithinOneAndAHalfKeepAliveMeansConnectionLost()
    {
        await using ClientHarness harness = ClientHarness.Create(b => b.WithKeepAlivePeriod(KeepAlive));
        ScriptedBroker broker = await harness.ConnectAsync();

        await AdvanceByChecksAsync(harness, checks: 3); // 15 s: PINGREQ
        await broker.ReceiveAsync<MqttPingReqPacket>();
        await AdvanceByChecksAsync(harness, checks: 2); // 25 s: still within 1.5 × 20 s
        Assert.True(harness.Client.IsConnected);
        await AdvanceByChecksAsync(harness, checks: 1); // 30 s: 1.5 × keep-alive without a packet

        MqttClientDisconnectedEventArgs disconnected = await harness.NextDisconnectionAsync();
        Assert.Contains("keep-alive", disconnected.Exception!.Message);
        Assert.False(harness.Client.IsConnected);
        Assert.True(await broker.ClosedByClientAsync());
    }

    private static async Task AdvanceByChecksAsync(ClientHarness harness, int checks)
    {
        TimeSpan interval = MqttKeepAliveMonitor.CheckInterval(KeepAlive);
        for (int i = 0; i < checks; i++)
        {
            await harness.Time.WaitForTimerAsync(d => d == interval);
            harness.Time.Advance(interval);
        }
    }
}

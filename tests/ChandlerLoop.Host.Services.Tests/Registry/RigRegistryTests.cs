using System.Collections.Concurrent;
using System.Text;
using ChandlerLoop.Host.Services.Registry;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using ChandlerLoop.Mqtt;
using ChandlerLoop.Protocol.Messages;
using ChandlerLoop.Protocol.Names;
using ChandlerLoop.Protocol.Topics;

namespace ChandlerLoop.Host.Services.Tests.Registry;

public sealed class RigRegistryTests
{
    [Fact]
    public async Task An_older_status_of_the_same_run_does_not_move_the_rig_back_but_a_reboot_to_idle_shows()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.PublishAsRigAsync(RigStatus.CreateOnline("rig-9", RigState.Running, "1.0.0", "R-1", RigFault.None, 600));
        await Wait.UntilAsync(() => h.Registry.TryGet("rig-9", out var p) && p.UptimeSeconds == 600, "the running status");

        // Redelivered pre-warm status of the same run (lower uptime): ignored.
        await h.PublishAsRigAsync(RigStatus.CreateOnline("rig-9", RigState.PreWarming, "1.0.0", "R-1", RigFault.None, 100));
        // A later status shows: the registry has handled what came before it.
        await h.PublishAsRigAsync(RigStatus.CreateOnline("rig-9", RigState.SampleDue, "1.0.0", "R-1", RigFault.None, 610));
        await Wait.UntilAsync(() => h.Registry.TryGet("rig-9", out var p) && p.UptimeSeconds == 610, "the sample-due status");
        Assert.Equal(2, h.Registry.StatusCount); // the older one was not applied

        // A reboot: idle with the run, uptime from 0 — shown.
        await h.PublishAsRigAsync(RigStatus.CreateOnline("rig-9", RigState.Idle, "1.0.0", "R-1", RigFault.None, 4));
        await Wait.UntilAsync(() => h.Registry.TryGet("rig-9", out var p) && p.UptimeSeconds == 4, "the rebooted status");
        Assert.True(h.Registry.TryGet("rig-9", out var rebooted));
        Assert.Equal((RigState?)RigState.Idle, rebooted.State);
    }

    [Fact]
    public async Task The_registry_sees_a_rig_online_then_offline_by_its_will_then_online_again()
    {
        await using var h = await ServiceHarness.StartAsync();
        var changes = new ConcurrentQueue<RigPresence>();
        h.Registry.PresenceChanged += changes.Enqueue;
        var firstSeen = h.Clock.GetUtcNow();

        await using var d = await RigDriver.StartAsync(h);
        await d.Rig.TickAsync();
        await Wait.UntilAsync(() => h.Registry.TryGet(RigDriver.RigKey, out var p) && p.IsOnline, "the rig online");
        Assert.True(h.Registry.TryGet(RigDriver.RigKey, out var online));
        Assert.Equal((RigState?)RigState.Idle, online.State);
        Assert.Equal("0.1.0-sim", online.FirmwareVersion);
        Assert.Equal((RigFault?)RigFault.None, online.Fault);
        Assert.Equal(firstSeen, online.LastSeenUtc);
        await Wait.UntilAsync(async () => (await h.Database.RigAsync(RigDriver.RigKey))?.LastSeenUtc is not null, "the rig row");
        var row = await h.Database.RigAsync(RigDriver.RigKey);
        Assert.Equal("0.1.0-sim", row!.FirmwareVersion);
        Assert.Equal(firstSeen.UtcDateTime, row.LastSeenUtc);

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        d.Rig.DropNetwork(10);
        await d.Rig.TickAsync();
        await Wait.UntilAsync(() => h.Registry.TryGet(RigDriver.RigKey, out var p) && !p.IsOnline, "the will");
        Assert.True(h.Registry.TryGet(RigDriver.RigKey, out var offline));
        Assert.Null(offline.State);
        Assert.Equal("0.1.0-sim", offline.FirmwareVersion); // what it last ran is still known
        Assert.Equal(firstSeen, offline.LastSeenUtc); // the will is not a sign of life

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var backAt = h.Clock.GetUtcNow();
        await d.Rig.RunTicksAsync(24);
        await Wait.UntilAsync(() => h.Registry.TryGet(RigDriver.RigKey, out var p) && p.IsOnline, "the rig online again");
        Assert.True(h.Registry.TryGet(RigDriver.RigKey, out var again));
        Assert.Equal(backAt, again.LastSeenUtc);
        await Wait.UntilAsync(async () => (await h.Database.RigAsync(RigDriver.RigKey))?.LastSeenUtc == backAt.UtcDateTime, "last seen updated");

        var onlineSequence = changes.Select(c => c.IsOnline).Aggregate(new List<bool>(), (list, x) =>
        {
            if (list.Count == 0 || list[^1] != x)
            {
                list.Add(x);
            }

            return list;
        });
        Assert.Equal([true, false, true], onlineSequence);
        Assert.Equal(0, h.Registry.UndecodableCount);
        Assert.Equal(0, h.Registry.DatabaseFailureCount);
        Assert.Single(h.Registry.Rigs);
    }

    [Fact]
    public async Task A_registry_started_later_learns_the_rigs_from_their_retained_status()
    {
        await using var h = await ServiceHarness.StartAsync();
        await using var d = await RigDriver.StartAsync(h);
        await d.Rig.TickAsync();
        await Wait.UntilAsync(() => h.Registry.TryGet(RigDriver.RigKey, out _), "the first registry");

        await using var client = h.Broker.CreateClient(new MqttClientOptionsBuilder().WithClientId("second-host").Build());
        await client.ConnectAsync();
        await using var later = new RigRegistry(client, h.Database.Factory, h.Clock);
        await later.StartAsync();

        await Wait.UntilAsync(() => later.TryGet(RigDriver.RigKey, out var p) && p.IsOnline, "the retained status");
    }

    [Fact]
    public async Task An_undecodable_status_is_counted_and_changes_nothing()
    {
        await using var h = await ServiceHarness.StartAsync();
        await h.PublishRawAsync(RigTopics.Status("rig-09"), Encoding.UTF8.GetBytes("{\"v\":1,\"type\":\"status\",\"rig\":\"rig-10\"}"));
        await Wait.UntilAsync(() => h.Registry.UndecodableCount == 1, "the rejection");

        Assert.Empty(h.Registry.Rigs);
        Assert.Null(await h.Database.RigAsync("rig-09"));
    }
}

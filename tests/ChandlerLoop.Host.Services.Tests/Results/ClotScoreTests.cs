using System.Security.Cryptography;
using ChandlerLoop.Data.Entities;
using ChandlerLoop.Host.Services.Results;
using ChandlerLoop.Host.Services.Tests.Setup;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Results;

public sealed class ClotScoreTests : IDisposable
{
    private readonly string _photos = Path.Combine(Path.GetTempPath(), "chandler-photos-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_photos))
        {
            Directory.Delete(_photos, recursive: true);
        }
    }

    [Fact]
    public async Task Score_with_photo_stores_the_file_and_its_SHA256()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var loop = await lab.LoopAsync(runId, 3);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock, _photos);
        var bytes = new byte[] { 0xFF, 0xD8, 0xFF, 1, 2, 3, 4 };

        var entry = await service.SetClotScoreAsync(loop.Id, 4, 850, new ClotPhoto("IMG_0042.JPG", bytes), LabFixture.OperatorName, null);

        Assert.True(entry.Created);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), entry.PhotoSha256);
        Assert.StartsWith("R-20261121-01/loop-3-", entry.PhotoPath, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_photos, entry.PhotoPath!)));
        await using var db = lab.Database.Factory.CreateDbContext();
        var stored = await db.ClotScores.Include(c => c.Scorer).SingleAsync();
        Assert.Equal((4, 850.0, LabFixture.OperatorName, entry.PhotoSha256), (stored.Score, stored.WetWeightMilligrams!.Value, stored.Scorer!.UserName, stored.PhotoSha256));
    }

    [Theory]
    [InlineData(5, null)]
    [InlineData(-1, null)]
    [InlineData(2, 6000.0)]
    [InlineData(2, -1.0)]
    public async Task Score_outside_0_to_4_or_weight_outside_0_to_5000_mg_is_refused(int score, double? weight)
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var loop = await lab.LoopAsync(runId, 3);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock, _photos);

        await Assert.ThrowsAsync<ResultValidationException>(() => service.SetClotScoreAsync(loop.Id, score, weight, null, LabFixture.OperatorName, null));

        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Empty(await db.ClotScores.ToListAsync());
    }

    [Fact]
    public async Task Bad_photo_or_missing_photo_folder_is_refused_and_no_file_is_written()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var loop = await lab.LoopAsync(runId, 3);
        var withFolder = new ResultEntryService(lab.Database.Factory, lab.Clock, _photos);
        var withoutFolder = new ResultEntryService(lab.Database.Factory, lab.Clock);

        var type = await Assert.ThrowsAsync<ResultValidationException>(() => withFolder.SetClotScoreAsync(loop.Id, 2, null, new ClotPhoto("clot.exe", new byte[] { 1 }), LabFixture.OperatorName, null));
        var empty = await Assert.ThrowsAsync<ResultValidationException>(() => withFolder.SetClotScoreAsync(loop.Id, 2, null, new ClotPhoto("clot.png", Array.Empty<byte>()), LabFixture.OperatorName, null));
        var folder = await Assert.ThrowsAsync<ResultValidationException>(() => withoutFolder.SetClotScoreAsync(loop.Id, 2, null, new ClotPhoto("clot.png", new byte[] { 1 }), LabFixture.OperatorName, null));

        Assert.Contains("unsupported type", type.Message, StringComparison.Ordinal);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("No photo folder", folder.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_photos));
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Empty(await db.ClotScores.ToListAsync());
    }

    [Fact]
    public async Task Rescoring_needs_a_reason_and_is_audited()
    {
        await using var lab = await LabFixture.CreateAsync();
        var runId = await lab.CreateRunAsync();
        var loop = await lab.LoopAsync(runId, 2);
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock, _photos);
        await service.SetClotScoreAsync(loop.Id, 1, null, null, LabFixture.OperatorName, null);

        var refused = await Assert.ThrowsAsync<ResultValidationException>(() => service.SetClotScoreAsync(loop.Id, 2, null, null, LabFixture.ManagerName, null));
        var entry = await service.SetClotScoreAsync(loop.Id, 2, null, null, LabFixture.ManagerName, "second look after draining");

        Assert.Contains("reason is required", refused.Message, StringComparison.Ordinal);
        Assert.False(entry.Created);
        await using var db = lab.Database.Factory.CreateDbContext();
        Assert.Equal(2, (await db.ClotScores.SingleAsync()).Score);
        var change = (await lab.AuditAsync(nameof(ClotScore))).Single(a => a.Action == "change" && a.Field == "Score");
        Assert.Equal(("1", "2", LabFixture.ManagerName, "second look after draining"), (change.OldValue, change.NewValue, change.UserName, change.Reason));
    }

    [Fact]
    public async Task Unknown_loop_is_refused()
    {
        await using var lab = await LabFixture.CreateAsync();
        var service = new ResultEntryService(lab.Database.Factory, lab.Clock, _photos);

        var error = await Assert.ThrowsAsync<ResultValidationException>(() => service.SetClotScoreAsync(12345, 2, null, null, LabFixture.OperatorName, null));

        Assert.Contains("Loop 12345 does not exist", error.Message, StringComparison.Ordinal);
    }
}

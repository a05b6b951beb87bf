using ChandlerLoop.Host.Services.Setup;
using ChandlerLoop.Host.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChandlerLoop.Host.Services.Tests.Setup;

public sealed class ProtocolTemplateServiceTests
{
    [Fact]
    public async Task Default_template_is_created_once_with_the_MSC_protocol()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = new ProtocolTemplateService(database.Factory);

        var first = await service.EnsureDefaultTemplateAsync();
        var second = await service.EnsureDefaultTemplateAsync();

        Assert.Equal(first, second);
        await using var db = database.Factory.CreateDbContext();
        var template = await db.ProtocolTemplates.SingleAsync();
        Assert.Equal(("MSC loop 30 min", 1), (template.Name, template.Version));
        Assert.Equal((37.0, 30.0, 30.0), (template.SetpointCelsius, template.SpeedRpm, template.DurationMinutes));
        Assert.Equal(new[] { 0.0, 15.0, 30.0 }, ProtocolTemplateService.ParseSamplingOffsetsMinutes(template.SamplingOffsetsMinutes));
        Assert.Equal("PLT,TAT,C3a,sC5b-9,D-dimer", template.MarkerPanel);
    }

    [Theory]
    [InlineData("0,x")]
    [InlineData("0,-5")]
    public void Malformed_offsets_are_not_parsed(string text)
    {
        Assert.Null(ProtocolTemplateService.ParseSamplingOffsetsMinutes(text));
    }
}

namespace ChandlerLoop.DeviceCheck.Tests;

/// <summary>Test classes in this collection share one <see cref="StubsFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class StubsCollection : ICollectionFixture<StubsFixture>
{
    public const string Name = "stubs";
}

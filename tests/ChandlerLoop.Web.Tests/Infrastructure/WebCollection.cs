namespace ChandlerLoop.Web.Tests.Infrastructure;

/// <summary>All browser tests share one host and one browser, and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebHostFixture>
{
    /// <summary>Collection name.</summary>
    public const string Name = "web";
}

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>Where uploaded clot photos are kept (data folder/photos); the database holds their SHA-256.</summary>
/// <param name="Path">Absolute folder path.</param>
internal sealed record PhotoFolder(string Path);

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>
/// Serves <c>/_framework/blazor.web.js</c>. The .NET 10 SDK expects that script from the package
/// Microsoft.AspNetCore.App.Internal.Assets, which the project's package source does not have; the
/// build copies the 9.0 ASP.NET Core runtime pack's Components.Endpoints assembly (where that
/// release embedded the script) to <c>blazor-client/</c>, and this reads the embedded script from it
/// once, without loading the assembly. The browser tests are the proof that the 10.0 server and
/// this client agree.
/// </summary>
internal static class BlazorClientScript
{
    /// <summary>Path of the script on the site.</summary>
    public const string Path = "/_framework/blazor.web.js";

    private const string ResourceName = "_framework/blazor.web.js";

    /// <summary>Maps the script endpoint; throws at start-up when the build did not copy the assembly.</summary>
    public static void Map(WebApplication app)
    {
        var script = Read(System.IO.Path.Combine(AppContext.BaseDirectory, "blazor-client", "Microsoft.AspNetCore.Components.Endpoints.dll"));
        app.MapGet(Path, () => Results.Bytes(script, "text/javascript")).AllowAnonymous();
    }

    /// <summary>The embedded script of the assembly at <paramref name="assemblyPath"/>.</summary>
    public static byte[] Read(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new FileNotFoundException("The Blazor client script's assembly is missing (" + assemblyPath + "): rebuild the host project, which copies it from the 9.0.18 ASP.NET Core runtime pack.", assemblyPath);
        }

        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil || metadata.GetString(resource.Name) != ResourceName)
            {
                continue;
            }

            var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
            pe.PEHeaders.TryGetDirectoryOffset(directory, out var start);
            var image = pe.GetEntireImage().GetContent().AsSpan();
            var at = start + (int)resource.Offset;
            var length = BitConverter.ToInt32(image.Slice(at, 4));
            return image.Slice(at + 4, length).ToArray();
        }

        throw new InvalidDataException(assemblyPath + " holds no embedded " + ResourceName + ".");
    }
}

using ChandlerLoop.DeviceCheck.Stubs;

namespace ChandlerLoop.DeviceCheck.Tests.Stubs;

[Collection(StubsCollection.Name)]
public sealed class StubCompilerTests(StubsFixture stubs)
{
    [Fact]
    public void AllApiAssembliesCompileWithoutErrors()
    {
        Assert.Empty(stubs.AllStubs.Errors);
        Assert.Equal(28, stubs.Catalog.AssemblyNames.Count);
        Assert.Equal(28, stubs.AllStubs.References.Count);
    }

    [Fact]
    public void DependencyOrderPutsEveryReferenceBeforeItsUser()
    {
        IReadOnlyList<string> order = stubs.Catalog.DependencyOrder(stubs.Catalog.AssemblyNames);

        Assert.Equal(28, order.Count);
        Assert.Equal("mscorlib", order[0]);
        foreach (string assembly in order)
        {
            foreach (string reference in stubs.Catalog.DirectReferences(assembly))
            {
                Assert.True(order.ToList().IndexOf(reference) < order.ToList().IndexOf(assembly), $"{reference} must come before {assembly}");
            }
        }
    }

    [Fact]
    public void BuildingOneAssemblyAlsoBuildsItsReferences()
    {
        var compiler = new StubCompiler(stubs.Catalog, cacheDirectory: null);

        StubSet set = compiler.Build(["Iot.Device.Ds18b20"]);

        Assert.True(set.Succeeded);
        Assert.Equal(
            ["Iot.Device.Ds18b20", "System.Device.Model", "UnitsNet.Temperature", "mscorlib", "nanoFramework.Device.OneWire"],
            set.References.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DiskCacheIsWrittenOnceAndReusedByTheNextCompiler()
    {
        string cache = Path.Combine(Path.GetTempPath(), "devicecheck-cache-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            new StubCompiler(stubs.Catalog, cache).Build(["System.Math"]);
            string[] first = Directory.GetFiles(cache);
            DateTime[] written = first.Select(File.GetLastWriteTimeUtc).ToArray();

            StubSet second = new StubCompiler(stubs.Catalog, cache).Build(["System.Math"]);

            Assert.True(second.Succeeded);
            Assert.Equal(2, first.Length); // mscorlib and System.Math
            Assert.Equal(first, Directory.GetFiles(cache));
            Assert.Equal(written, first.Select(File.GetLastWriteTimeUtc).ToArray());
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void GeneratedCoreLibraryWritesSpecialFloatingConstantsAsExpressions()
    {
        string source = new StubGenerator(stubs.Catalog).Generate("mscorlib");

        Assert.Contains("public const global::System.Double NaN = (0.0D / 0.0D);", source, StringComparison.Ordinal);
        Assert.Contains("public const global::System.Double PositiveInfinity = (1.0D / 0.0D);", source, StringComparison.Ordinal);
        Assert.Contains("[global::System.Runtime.CompilerServices.IndexerName(\"Chars\")]", source, StringComparison.Ordinal);
        Assert.Contains("private global::System.Int32 m_value;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void RefStructObsoleteMarkerIsNotWrittenSoSpanByteStaysUsable()
    {
        var report = stubs.CheckSnippet(
            """
            namespace Demo
            {
                public static class Bytes
                {
                    public static int First(byte[] data) { System.SpanByte span = new System.SpanByte(data); return span[0]; }
                }
            }
            """);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void ClassWithoutVisibleConstructorCannotBeConstructed()
    {
        // System.DBNull has only non-public constructors on the device; the stub must not gain a public one.
        var report = stubs.CheckSnippet("namespace Demo { public static class A { public static object Make() { return new System.DBNull(); } } }");

        Assert.Contains(report.Findings, f => f.Subject is "CS0122" or "CS1729"); // inaccessible, or no usable constructor
    }

    [Fact]
    public void ObsoleteErrorOnDateTimeKindLocalIsKept()
    {
        var report = stubs.CheckSnippet("namespace Demo { public static class A { public static System.DateTimeKind K() { return System.DateTimeKind.Local; } } }");

        Assert.Contains(report.Findings, f => f.Subject == "CS0619");
    }
}

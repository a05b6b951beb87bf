using ChandlerLoop.DeviceCheck.Reporting;

namespace ChandlerLoop.DeviceCheck.Tests.Scanning;

/// <summary>Device-style snippets: what the device runs passes, what it cannot compile or load fails with a reason.</summary>
[Collection(StubsCollection.Name)]
public sealed class DeviceSnippetTests(StubsFixture stubs)
{
    private const string CleanSnippet =
        """
        using System;
        using System.Collections;

        namespace Demo
        {
            public delegate void ValueHandler(double value);

            public interface ISensor { double ReadCelsius(); }

            public enum Mode { Idle, Heating }

            public struct Sample
            {
                public double Celsius;
                public long Ticks;
            }

            public sealed class Sensor : ISensor
            {
                private readonly double[][] _table = new double[2][];
                private readonly ArrayList _log = new ArrayList();

                public event ValueHandler Read;

                public Mode Mode { get; private set; }

                public double ReadCelsius()
                {
                    _table[0] = new double[3];
                    double value = Math.Sqrt(16.0) + _table[0][1];
                    _log.Add(value);
                    ValueHandler handler = Read;
                    if (handler != null) { handler(value); }
                    Mode = Mode.Heating;
                    string text = $"T={value:F2} C";
                    return text.Length > 0 ? value : 0.0;
                }
            }
        }
        """;

    [Fact]
    public void CleanDeviceStyleSnippetPasses()
    {
        CheckReport report = stubs.CheckSnippet(CleanSnippet, "System.Math");

        Assert.Empty(report.Findings);
        Assert.True(report.IlScanned);
        Assert.Equal(0, report.ExitCode);
    }

    [Fact]
    public void MathWithoutTheSystemMathReferenceFails()
    {
        // System.Math lives in its own assembly on nanoFramework, not in mscorlib.
        CheckReport report = stubs.CheckSnippet(CleanSnippet);

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.CompilerError && f.Message.Contains("Math", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, string> CompilerFailures => new()
    {
        { "List<int>", "using System.Collections.Generic; namespace D { public class A { public List<int> Items; } }", "CS0234", "generic collections" },
        { "List<int> without using", "namespace D { public class A { public System.Collections.Generic.List<int> Items; } }", "CS0234", "generic collections" },
        { "LINQ", "using System.Linq; namespace D { public static class A { public static object F(int[] arr) { return arr.Where(x => x > 1); } } }", "CS0234", "LINQ" },
        { "int?", "namespace D { public class A { public int? Value; } }", "CS0518", "nullable value types" },
        { "async/Task", "using System.Threading.Tasks; namespace D { public class A { public async Task Run() { await Task.Delay(1); } } }", "CS0234", "async/await" },
        { "DateTime.Now", "namespace D { public static class A { public static System.DateTime F() { return System.DateTime.Now; } } }", "CS0117", "DateTime.UtcNow" },
        { "string.Join", "namespace D { public static class A { public static string F(string[] p) { return string.Join(\",\", p); } } }", "CS0117", "StringBuilder" },
        { "file-scoped namespace", "namespace D; public class A { }", "CS8773", "C# 9" },
        { "record struct", "namespace D { public record struct Point(int X, int Y); }", "CS8773", "C# 9" },
    };

    [Theory]
    [MemberData(nameof(CompilerFailures))]
    public void CodeTheDeviceLacksFailsToCompileWithAReason(string what, string source, string diagnosticId, string hintFragment)
    {
        CheckReport report = stubs.CheckSnippet(source);

        Assert.Equal(1, report.ExitCode);
        CheckFinding finding = Assert.Single(report.Findings, f => f.Subject == diagnosticId);
        Assert.Equal(FindingKind.CompilerError, finding.Kind);
        Assert.Equal("Snippet.cs", finding.File);
        Assert.True(finding.Line > 0, what);
        Assert.Contains(hintFragment, finding.Hint, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, FindingKind, string> LoadFailures => new()
    {
        { "generic method", "namespace D { public static class A { public static T Id<T>(T x) { return x; } } }", FindingKind.GenericMethodDefinition, "D.A.Id<T>" },
        { "generic class", "namespace D { public class Box<T> { public T Value; } }", FindingKind.GenericTypeDefinition, "D.Box<T>" },
        { "Action<int>", "namespace D { public static class A { public static void F(System.Action<int> a) { a(1); } } }", FindingKind.GenericInstantiation, "System.Action<int>" },
        { "Func<int>", "namespace D { public static class A { public static int F() { System.Func<int> f = () => 2; return f(); } } }", FindingKind.GenericInstantiation, "System.Func<int>" },
        { "new int[2,3]", "namespace D { public static class A { public static int F() { int[,] g = new int[2, 3]; return g[1, 2]; } } }", FindingKind.MultidimensionalArray, "int[,]" },
        { "md array field", "namespace D { public class A { public double[,] Grid; } }", FindingKind.MultidimensionalArray, "double[,]" },
    };

    [Theory]
    [MemberData(nameof(LoadFailures))]
    public void CodeTheDeviceCannotLoadCompilesButFailsTheIlScan(string what, string source, FindingKind kind, string involved)
    {
        CheckReport report = stubs.CheckSnippet(source);

        Assert.Equal(0, report.Count(FindingKind.CompilerError));
        Assert.True(report.IlScanned, what);
        Assert.Contains(report.Findings, f => f.Kind == kind);
        CheckFinding finding = report.Findings.First(f => f.Kind == kind);
        Assert.Contains(involved, finding.Message, StringComparison.Ordinal);
        Assert.Equal("Snippet.cs", finding.File);
        Assert.NotEmpty(finding.Hint);
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void ActionFindingAdvisesANonGenericDelegate()
    {
        CheckReport report = stubs.CheckSnippet("namespace D { public class A { public event System.Action<int> Changed; } }");

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.GenericInstantiation && f.Hint.Contains("non-generic delegate", StringComparison.Ordinal));
    }

    [Fact]
    public void IlFindingPointsAtTheOffendingLine()
    {
        CheckReport report = stubs.CheckSnippet(
            "namespace D {\n public static class A {\n  public static int F() {\n   int x = 1;\n   int[,] g = new int[2, 3];\n   return g[1, 1] + x;\n  }\n }\n}\n");

        Assert.Contains(report.Findings, f => f.Kind == FindingKind.MultidimensionalArray && f.Line == 5);
    }

    [Fact]
    public void ReadOnlyStructsAndInParametersPassAlthoughTheCompilerEmbedsAttributes()
    {
        // C# 9 embeds IsReadOnlyAttribute for these, exactly as the real nanoFramework build does.
        CheckReport report = stubs.CheckSnippet(
            "namespace D { public readonly struct P { public readonly int X; public P(int x) { X = x; } } public static class A { public static int F(in P p) { return p.X; } } }");

        Assert.Empty(report.Findings);
    }
}

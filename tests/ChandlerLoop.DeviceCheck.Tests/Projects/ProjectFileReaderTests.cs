using ChandlerLoop.DeviceCheck.Projects;

namespace ChandlerLoop.DeviceCheck.Tests.Projects;

public sealed class ProjectFileReaderTests : IDisposable
{
    private const string Class = "namespace D { public class C { } }";

    private readonly TemporaryTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void ProjitemsRecursiveGlobFindsNestedFilesAndSkipsBinObjAndExcludes()
    {
        _tree.Write("Core/A.cs", Class);
        _tree.Write("Core/Sub/Deeper/B.cs", Class);
        _tree.Write("Core/bin/Release/Generated.cs", Class);
        _tree.Write("Core/obj/AssemblyInfo.cs", Class);
        _tree.Write("Core/Experimental/Skip.cs", Class);
        _tree.Write("Core/Notes.txt", "not C#");
        string projitems = _tree.Write("Core/Core.projitems", Projitems(
            """<Compile Include="$(MSBuildThisFileDirectory)**\*.cs" Exclude="$(MSBuildThisFileDirectory)Experimental\**" />"""));

        DeviceProject project = ProjectFileReader.Read([projitems], _tree.Root);

        Assert.Equal([_tree.PathOf("Core/A.cs"), _tree.PathOf("Core/Sub/Deeper/B.cs")], project.SourceFiles);
        Assert.Empty(project.References);
    }

    [Fact]
    public void ProjitemsAcceptsForwardSlashesSingleLevelWildcardsAndRemove()
    {
        _tree.Write("Core/A.cs", Class);
        _tree.Write("Core/Old.cs", Class);
        _tree.Write("Core/Sub/B.cs", Class);
        string projitems = _tree.Write("Core/Core.projitems", Projitems(
            """<Compile Include="$(MSBuildThisFileDirectory)/*.cs" /><Compile Remove="$(MSBuildThisFileDirectory)Old.cs" />"""));

        DeviceProject project = ProjectFileReader.Read([projitems], _tree.Root);

        Assert.Equal([_tree.PathOf("Core/A.cs")], project.SourceFiles);
    }

    [Fact]
    public void NfprojReadsItsOwnItemsImportedProjitemsReferencesAndDefines()
    {
        _tree.Write("Shared/Logic.cs", Class);
        _tree.Write("Shared/Shared.projitems", Projitems("""<Compile Include="$(MSBuildThisFileDirectory)**\*.cs" />"""));
        _tree.Write("App/Program.cs", Class);
        _tree.Write("App/Properties/AssemblyInfo.cs", Class);
        string nfproj = _tree.Write("App/App.nfproj",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <DefineConstants>$(DefineConstants);RIG_V2</DefineConstants>
              </PropertyGroup>
              <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.props" Condition="Exists('x')" />
              <Import Project="..\Shared\Shared.projitems" Label="Shared" />
              <ItemGroup>
                <Compile Include="Program.cs" />
                <Compile Include="Properties\AssemblyInfo.cs" />
              </ItemGroup>
              <ItemGroup>
                <Reference Include="mscorlib, Version=1.17.11.0, Culture=neutral, PublicKeyToken=c07d481e9758c731">
                  <HintPath>..\packages\nanoFramework.CoreLibrary.1.17.11\lib\mscorlib.dll</HintPath>
                </Reference>
                <Reference Include="System.Math">
                  <HintPath>..\packages\nanoFramework.System.Math.1.5.116\lib\System.Math.dll</HintPath>
                </Reference>
              </ItemGroup>
            </Project>
            """);

        DeviceProject project = ProjectFileReader.Read([nfproj], _tree.Root);

        Assert.Equal(
            [_tree.PathOf("App/Program.cs"), _tree.PathOf("App/Properties/AssemblyInfo.cs"), _tree.PathOf("Shared/Logic.cs")],
            project.SourceFiles);
        Assert.Equal(["mscorlib", "System.Math"], project.References);
        Assert.Equal(["RIG_V2"], project.DefineConstants);
    }

    [Fact]
    public void SingleCsFilesAreTakenRelativeToTheCurrentDirectory()
    {
        _tree.Write("x/One.cs", Class);

        DeviceProject project = ProjectFileReader.Read(["x/One.cs"], _tree.Root);

        Assert.Equal([_tree.PathOf("x/One.cs")], project.SourceFiles);
    }

    [Theory]
    [InlineData("missing.projitems", "input not found")]
    [InlineData("notes.txt", "unsupported input")]
    public void BadInputsAreUsageErrors(string input, string expected)
    {
        _tree.Write("notes.txt", "hello");

        var error = Assert.Throws<DeviceCheckUsageException>(() => ProjectFileReader.Read([input], _tree.Root));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitCompileItemThatDoesNotExistIsAUsageError()
    {
        string projitems = _tree.Write("Core/Core.projitems", Projitems("""<Compile Include="$(MSBuildThisFileDirectory)Gone.cs" />"""));

        var error = Assert.Throws<DeviceCheckUsageException>(() => ProjectFileReader.Read([projitems], _tree.Root));

        Assert.Contains("Gone.cs", error.Message, StringComparison.Ordinal);
    }

    private static string Projitems(string items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
          <PropertyGroup><HasSharedItems>true</HasSharedItems></PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
        </Project>
        """;
}

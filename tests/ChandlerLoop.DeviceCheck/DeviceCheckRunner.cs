using ChandlerLoop.DeviceCheck.Api;
using ChandlerLoop.DeviceCheck.Compilation;
using ChandlerLoop.DeviceCheck.Projects;
using ChandlerLoop.DeviceCheck.Reporting;
using ChandlerLoop.DeviceCheck.Stubs;

namespace ChandlerLoop.DeviceCheck;

/// <summary>The command line: parses arguments, runs the check, prints the report, returns the exit code.</summary>
public static class DeviceCheckRunner
{
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFileName = "ChandlerLoop.sln";

    /// <summary>Exit code when the check found nothing.</summary>
    public const int Clean = 0;

    /// <summary>Exit code when there is at least one finding.</summary>
    public const int Findings = 1;

    /// <summary>Exit code for a bad command line or missing input.</summary>
    public const int BadUsage = 2;

    /// <summary>Runs the check as the command line does; returns 0, 1 or 2.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string currentDirectory)
    {
        try
        {
            CommandLineOptions options = CommandLineOptions.Parse(args);
            if (options.Help)
            {
                output.WriteLine(CommandLineOptions.Usage);
                return Clean;
            }

            string? root = FindRepositoryRoot(currentDirectory);
            string apiDirectory = options.ApiDirectory is not null
                ? Path.GetFullPath(options.ApiDirectory, currentDirectory)
                : root is not null
                    ? Path.Combine(root, "firmware", "device-api", "json")
                    : throw new DeviceCheckUsageException($"no --api given and no {SolutionFileName} found above {currentDirectory}");

            ApiCatalog catalog = ApiCatalog.Load(apiDirectory);
            DeviceProject project = ProjectFileReader.Read(options.Inputs, currentDirectory);
            if (project.SourceFiles.Count == 0)
            {
                throw new DeviceCheckUsageException($"the inputs contain no C# files: {string.Join(" ", options.Inputs)}");
            }

            var checker = new DeviceChecker(catalog, new StubCompiler(catalog, options.NoCache ? null : StubCompiler.DefaultCacheDirectory));
            IReadOnlyList<string> references = checker.ResolveReferences(options.References ?? project.References);
            var sources = project.SourceFiles.Select(DeviceSource.FromFile).ToList();
            CheckReport report = checker.Check(options.Name, sources, references, project.DefineConstants);
            report.Write(output, root ?? currentDirectory);
            return report.ExitCode;
        }
        catch (DeviceCheckUsageException ex)
        {
            error.WriteLine($"device check: {ex.Message}");
            error.WriteLine(CommandLineOptions.Usage);
            return BadUsage;
        }
        catch (IOException ex)
        {
            error.WriteLine($"device check: cannot read input: {ex.Message}");
            return BadUsage;
        }
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> holding ChandlerLoop.sln.</summary>
    public static string? FindRepositoryRoot(string directory)
    {
        for (DirectoryInfo? current = new(directory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, SolutionFileName)))
            {
                return current.FullName;
            }
        }

        return null;
    }
}

using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ChandlerLoop.DeviceCheck.Projects;

/// <summary>
/// Reads the check's inputs: shared-project item files (.projitems), nanoFramework projects
/// (.nfproj) and single .cs files. It evaluates the MSBuild subset these files use: unconditional
/// properties, <c>$(MSBuildThisFileDirectory)</c> / <c>$(MSBuildProjectDirectory)</c>,
/// <c>&lt;Compile Include/Exclude/Remove&gt;</c> with <c>**</c> globs, <c>&lt;Import&gt;</c> of .projitems,
/// <c>&lt;Reference&gt;</c> assembly names and <c>&lt;DefineConstants&gt;</c>. <c>Condition</c>
/// attributes are not evaluated (every item counts).
/// </summary>
public static partial class ProjectFileReader
{
    /// <summary>
    /// Reads all inputs (paths relative to <paramref name="currentDirectory"/>). Throws
    /// <see cref="DeviceCheckUsageException"/> for a missing or unsupported input.
    /// </summary>
    public static DeviceProject Read(IEnumerable<string> inputs, string currentDirectory)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var defines = new List<string>();
        foreach (string input in inputs)
        {
            string path = Path.GetFullPath(input, currentDirectory);
            if (!File.Exists(path))
            {
                throw new DeviceCheckUsageException($"input not found: {input}");
            }

            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".cs":
                    files.Add(path);
                    break;
                case ".projitems":
                    files.UnionWith(ReadCompileItems(Load(path), path, path));
                    break;
                case ".nfproj":
                    ReadNfproj(path, files, references, defines);
                    break;
                default:
                    throw new DeviceCheckUsageException($"unsupported input {input}: give .projitems, .nfproj or .cs files");
            }
        }

        return new DeviceProject(files.ToList(), references.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), defines.Distinct().ToList());
    }

    private static void ReadNfproj(string path, SortedSet<string> files, List<string> references, List<string> defines)
    {
        XDocument project = Load(path);
        Dictionary<string, string> properties = Properties(project, path, path);
        files.UnionWith(ReadCompileItems(project, path, path));

        foreach (XElement import in Elements(project, "Import"))
        {
            string? spec = (string?)import.Attribute("Project");
            if (spec is null || !spec.EndsWith(".projitems", StringComparison.OrdinalIgnoreCase))
            {
                continue; // SDK and targets imports carry no source.
            }

            string imported = Path.GetFullPath(MsBuildGlob.Normalize(Expand(spec, properties)), Path.GetDirectoryName(path)!);
            if (!File.Exists(imported))
            {
                throw new DeviceCheckUsageException($"{path}: imported shared project not found: {imported}");
            }

            files.UnionWith(ReadCompileItems(Load(imported), imported, path));
        }

        foreach (XElement reference in Elements(project, "Reference"))
        {
            string? include = (string?)reference.Attribute("Include");
            if (!string.IsNullOrWhiteSpace(include))
            {
                references.Add(include.Split(',')[0].Trim());
            }
        }

        foreach (XElement define in Elements(project, "DefineConstants"))
        {
            // "$(DefineConstants);X" appends to the inherited list, which starts empty here.
            defines.AddRange(Expand(define.Value.Replace("$(DefineConstants)", "", StringComparison.OrdinalIgnoreCase), properties)
                .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }

    private static List<string> ReadCompileItems(XDocument document, string thisFile, string projectFile)
    {
        Dictionary<string, string> properties = Properties(document, thisFile, projectFile);
        string directory = Path.GetDirectoryName(thisFile)!;
        var result = new List<string>();
        foreach (XElement compile in Elements(document, "Compile"))
        {
            if ((string?)compile.Attribute("Remove") is { } remove)
            {
                var removeSpecs = Specs(remove, properties, directory);
                result.RemoveAll(file => removeSpecs.Any(spec => MsBuildGlob.Matches(spec, file)));
                continue;
            }

            string? include = (string?)compile.Attribute("Include");
            if (include is null)
            {
                continue;
            }

            var excludes = Specs((string?)compile.Attribute("Exclude") ?? "", properties, directory);
            foreach (string spec in Specs(include, properties, directory))
            {
                if (!MsBuildGlob.HasWildcard(spec) && !File.Exists(spec))
                {
                    throw new DeviceCheckUsageException($"{thisFile}: compiled file not found: {spec}");
                }

                result.AddRange(MsBuildGlob.Expand(spec)
                    .Where(file => !excludes.Any(exclude => MsBuildGlob.Matches(exclude, file))));
            }
        }

        return result;
    }

    private static List<string> Specs(string list, Dictionary<string, string> properties, string directory) =>
        Expand(list, properties)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(spec => MsBuildGlob.Normalize(spec))
            .Select(spec => Path.IsPathRooted(spec) ? spec : MsBuildGlob.Normalize(Path.Combine(directory, spec)))
            .ToList();

    private static Dictionary<string, string> Properties(XDocument document, string thisFile, string projectFile)
    {
        string thisDirectory = Path.GetDirectoryName(thisFile)! + Path.DirectorySeparatorChar;
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MSBuildThisFileDirectory"] = thisDirectory,
            ["MSBuildThisFileFullPath"] = thisFile,
            ["MSBuildThisFile"] = Path.GetFileName(thisFile),
            ["MSBuildProjectDirectory"] = Path.GetDirectoryName(projectFile)!,
            ["MSBuildProjectFullPath"] = projectFile,
        };
        foreach (XElement group in Elements(document, "PropertyGroup"))
        {
            foreach (XElement property in group.Elements().Where(p => p.Attribute("Condition") is null))
            {
                properties.TryAdd(property.Name.LocalName, Expand(property.Value, properties));
            }
        }

        return properties;
    }

    private static string Expand(string text, Dictionary<string, string> properties) =>
        PropertyReference().Replace(text, match =>
            properties.TryGetValue(match.Groups[1].Value, out string? value) ? value : "");

    private static IEnumerable<XElement> Elements(XDocument document, string localName) =>
        document.Descendants().Where(element => element.Name.LocalName == localName);

    private static XDocument Load(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new DeviceCheckUsageException($"{path}: not a valid MSBuild XML file: {ex.Message}");
        }
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][\w.]*)\)")]
    private static partial Regex PropertyReference();
}

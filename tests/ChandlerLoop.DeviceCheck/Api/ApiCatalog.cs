using System.Text.Json;

namespace ChandlerLoop.DeviceCheck.Api;

/// <summary>
/// The nanoFramework device API surface read from a folder of <c>&lt;AssemblyName&gt;.json</c> files
/// (schema in firmware/device-api/json/README.md): which assemblies exist, what each references, and
/// every visible type, looked up by its metadata id across all assemblies.
/// </summary>
public sealed class ApiCatalog
{
    /// <summary>The name of the core library, which every device compilation references.</summary>
    public const string CoreLibraryName = "mscorlib";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, ApiAssemblyJson> _assemblies;
    private readonly Dictionary<string, TypeJson> _typesById;

    private ApiCatalog(string directory, Dictionary<string, ApiAssemblyJson> assemblies)
    {
        Directory = directory;
        _assemblies = assemblies;
        _typesById = new Dictionary<string, TypeJson>(StringComparer.Ordinal);
        foreach (ApiAssemblyJson assembly in assemblies.Values)
        {
            foreach (TypeJson type in assembly.Types)
            {
                _typesById.TryAdd(type.Id, type);
            }
        }
    }

    /// <summary>The folder the JSON files were read from.</summary>
    public string Directory { get; }

    /// <summary>Assembly names, sorted ordinally.</summary>
    public IReadOnlyList<string> AssemblyNames =>
        _assemblies.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Reads every <c>*.json</c> file in <paramref name="directory"/> except README files.
    /// Throws <see cref="DeviceCheckUsageException"/> when the folder is missing, holds no API file,
    /// or a file is not valid schema-1 JSON.
    /// </summary>
    public static ApiCatalog Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DeviceCheckUsageException($"API folder not found: {directory}");
        }

        var assemblies = new Dictionary<string, ApiAssemblyJson>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in System.IO.Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            ApiAssemblyJson? assembly;
            try
            {
                assembly = JsonSerializer.Deserialize<ApiAssemblyJson>(File.ReadAllText(file), JsonOptions);
            }
            catch (JsonException ex)
            {
                throw new DeviceCheckUsageException($"{file}: not valid API JSON: {ex.Message}");
            }

            if (assembly is null || assembly.SchemaVersion != 1 || assembly.Assembly.Name.Length == 0)
            {
                throw new DeviceCheckUsageException($"{file}: expected schemaVersion 1 with an assembly name");
            }

            assemblies[assembly.Assembly.Name] = assembly;
        }

        if (!assemblies.ContainsKey(CoreLibraryName))
        {
            throw new DeviceCheckUsageException($"API folder {directory} has no {CoreLibraryName}.json");
        }

        return new ApiCatalog(directory, assemblies);
    }

    /// <summary>True when an assembly of that name (case-insensitive) is described.</summary>
    public bool Contains(string assemblyName) => _assemblies.ContainsKey(assemblyName);

    /// <summary>The exact spelling of an assembly name as the JSON gives it.</summary>
    public string CanonicalName(string assemblyName) => _assemblies[assemblyName].Assembly.Name;

    /// <summary>
    /// The given assemblies plus everything they reference (transitively, restricted to assemblies
    /// present in the catalog), ordered so that each assembly comes after its references.
    /// </summary>
    public IReadOnlyList<string> DependencyOrder(IEnumerable<string> roots)
    {
        var ordered = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false = visiting
        foreach (string root in roots)
        {
            Visit(CanonicalName(root), ordered, state);
        }

        return ordered;
    }

    /// <summary>Direct references of an assembly that the catalog describes.</summary>
    public IReadOnlyList<string> DirectReferences(string assemblyName) =>
        _assemblies[assemblyName].References
            .Select(reference => reference.Name)
            .Where(Contains)
            .Select(CanonicalName)
            .ToList();

    internal ApiAssemblyJson Get(string assemblyName) => _assemblies[assemblyName];

    internal TypeJson? FindType(string id) => _typesById.GetValueOrDefault(id);

    private void Visit(string name, List<string> ordered, Dictionary<string, bool> state)
    {
        if (state.TryGetValue(name, out bool done))
        {
            if (!done)
            {
                throw new DeviceCheckUsageException($"API assemblies reference each other in a cycle through {name}");
            }

            return;
        }

        state[name] = false;
        foreach (string reference in DirectReferences(name))
        {
            Visit(reference, ordered, state);
        }

        state[name] = true;
        ordered.Add(name);
    }
}

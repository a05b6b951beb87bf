namespace ChandlerLoop.DeviceCheck;

/// <summary>Parsed command line of the device-safety check.</summary>
public sealed class CommandLineOptions
{
    /// <summary>The usage text printed on a usage error or --help.</summary>
    public const string Usage =
        """
        usage: ChandlerLoop.DeviceCheck [--name <text>] [--references <a,b,...>] [--api <dir>] [--no-cache]
                                        <input.projitems | input.nfproj | file.cs>...
          --name        what is checked, for the report heading (default: "device code")
          --references  stub assemblies to compile against, comma separated; mscorlib is always
                        included (default: an .nfproj's <Reference> items, else mscorlib only)
          --api         folder of nanoFramework API JSON (default: firmware/device-api/json in the
                        folder holding ChandlerLoop.sln, found from the current directory upwards)
          --no-cache    do not read or write compiled stubs in the temp folder
        exit codes: 0 clean, 1 findings, 2 bad usage
        """;

    /// <summary>Report heading.</summary>
    public string Name { get; private init; } = "device code";

    /// <summary>Assembly names from --references; null when not given.</summary>
    public IReadOnlyList<string>? References { get; private init; }

    /// <summary>The --api folder; null when not given.</summary>
    public string? ApiDirectory { get; private init; }

    /// <summary>True with --no-cache.</summary>
    public bool NoCache { get; private init; }

    /// <summary>True with --help or -h.</summary>
    public bool Help { get; private init; }

    /// <summary>The input files.</summary>
    public IReadOnlyList<string> Inputs { get; private init; } = [];

    /// <summary>Parses arguments; throws <see cref="DeviceCheckUsageException"/> on a bad command line.</summary>
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        string name = "device code";
        List<string>? references = null;
        string? api = null;
        bool noCache = false;
        var inputs = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "-h":
                case "--help":
                    return new CommandLineOptions { Help = true };
                case "--name":
                    name = Value(args, ref i);
                    break;
                case "--references":
                    references = Value(args, ref i)
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .ToList();
                    break;
                case "--api":
                    api = Value(args, ref i);
                    break;
                case "--no-cache":
                    noCache = true;
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new DeviceCheckUsageException($"unknown option {arg}");
                    }

                    inputs.Add(arg);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            throw new DeviceCheckUsageException("no input: give at least one .projitems, .nfproj or .cs file");
        }

        return new CommandLineOptions { Name = name, References = references, ApiDirectory = api, NoCache = noCache, Inputs = inputs };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new DeviceCheckUsageException($"{args[i]} needs a value");
        }

        i++;
        return args[i];
    }
}

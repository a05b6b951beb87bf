namespace ChandlerLoop.DeviceCheck.Compilation;

/// <summary>
/// Device-specific advice for compiler errors that mean "the device does not have this" (the
/// "does not work" list of firmware/device-api/README.md).
/// </summary>
internal static class CompilerErrorHints
{
    private static readonly (string Needle, string Hint)[] ByMessage =
    [
        ("System.Nullable`1", "nullable value types (int?) do not exist on the device: keep a separate bool flag, or a sentinel value"),
        ("'Linq'", "LINQ does not exist on the device: write an explicit loop over an array"),
        ("'Generic'", "generic collections do not exist on the device: use a preallocated array, ArrayList or Hashtable"),
        ("'List<>'", "List<T> does not exist on the device: use a preallocated array or ArrayList"),
        ("'Dictionary<,>'", "Dictionary<K,V> does not exist on the device: use Hashtable or parallel arrays"),
        ("'IEnumerable<>'", "IEnumerable<T> does not exist on the device: use an array or the non-generic IEnumerable"),
        ("'Span<>'", "Span<T> does not exist on the device: use SpanByte or an array with offset and count"),
        ("'Tasks'", "async/await and Task do not exist on the device: use Thread, Timer or a tick-driven state machine"),
        ("'Task'", "async/await and Task do not exist on the device: use Thread, Timer or a tick-driven state machine"),
        ("IAsyncStateMachine", "async/await does not exist on the device: use Thread, Timer or a tick-driven state machine"),
        ("System.ValueTuple", "tuples do not exist on the device: return a small struct or use out parameters"),
        ("System.Decimal", "decimal does not exist on the device: use double or scaled integers"),
        ("'Now'", "DateTime.Now does not exist on the device (no time zones): use DateTime.UtcNow, or better pass time in"),
        ("'Join'", "string.Join does not exist on the device: append the parts with a StringBuilder"),
        ("'Replace'", "string.Replace does not exist on the device: rebuild the string with IndexOf/Substring or a StringBuilder"),
        ("'GetNames'", "Enum.GetNames does not exist on the device: keep your own string table"),
        ("EqualityContract", "records do not exist on the device: write a class or struct"),
        ("is not available in C# 9", "the device compiler is C# 9: rewrite without the newer feature (block-scoped namespace, plain struct instead of record struct, ...)"),
        ("Please use language version", "the device compiler is C# 9: rewrite without the newer feature"),
        ("an assembly that is not referenced", "add that assembly to --references (or as a <Reference> in the .nfproj)"),
    ];

    private static readonly HashSet<string> MissingApiIds = ["CS0117", "CS0234", "CS0246", "CS0518", "CS1061", "CS0103"];

    /// <summary>Advice for a diagnostic, or an empty string when there is none.</summary>
    public static string For(string id, string message)
    {
        foreach ((string needle, string hint) in ByMessage)
        {
            if (message.Contains(needle, StringComparison.Ordinal))
            {
                return hint;
            }
        }

        if (id == "CS1501" && message.Contains("'Round'", StringComparison.Ordinal))
        {
            return "Math.Round(x, digits) does not exist on the device: scale, round and divide (Math.Round(x * 100) / 100)";
        }

        return MissingApiIds.Contains(id)
            ? "not in the device API: check firmware/device-api/*.txt for what exists, and whether it needs another --references assembly"
            : "";
    }
}

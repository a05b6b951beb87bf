namespace ChandlerLoop.Protocol.Tests.Json;

/// <summary>The golden examples of docs/protocol/examples/, copied next to the test assembly.</summary>
internal static class GoldenFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "examples");

    /// <summary>The file's bytes as stored (each golden ends with one newline).</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    /// <summary>The payload: the file without its final newline, which the canonical form does not include.</summary>
    public static byte[] Payload(string name)
    {
        var bytes = Read(name);
        Assert.True(bytes.Length > 0 && bytes[^1] == (byte)'\n', $"{name} must end with exactly one newline");
        Assert.NotEqual((byte)'\n', bytes.Length > 1 ? bytes[^2] : (byte)0);
        return bytes[..^1];
    }

    public static IEnumerable<string> ValidNames() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string TopicFor(string fileName)
    {
        var kind = fileName.Split('-', '.')[0] switch
        {
            "status" => "status",
            "telemetry" => "telemetry",
            "event" => "events",
            "command" => "commands",
            var other => throw new InvalidOperationException($"no topic for golden {fileName} ({other})"),
        };
        return "chandler/v1/rig-01/" + kind;
    }
}

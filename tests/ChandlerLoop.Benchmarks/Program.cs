using ChandlerLoop.Benchmarks.Control;
using ChandlerLoop.Benchmarks.Ingest;
using ChandlerLoop.Benchmarks.Mqtt;
using ChandlerLoop.Benchmarks.Review;

// Benchmark suites, chosen by the first argument. Later issues add their suites here (e.g. mqtt).
var suites = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["control"] = ControlBenchmark.Run,
    ["mqtt"] = MqttBenchmark.Run,
    ["ingest"] = IngestBenchmark.Run,
    ["review"] = ReviewBenchmark.Run,
};

if (args.Length == 0 || !suites.TryGetValue(args[0], out var suite))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ChandlerLoop.Benchmarks -- <suite>");
    Console.Error.WriteLine("suites: " + string.Join(", ", suites.Keys));
    if (args.Length > 0)
    {
        Console.Error.WriteLine($"unknown suite '{args[0]}'");
    }

    return 2;
}

return suite(args[1..]);

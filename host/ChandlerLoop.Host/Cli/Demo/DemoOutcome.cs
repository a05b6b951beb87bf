namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>One demo run's outcome: the RESULT line's fields.</summary>
internal sealed record DemoOutcome(long RunId, string RunKey, string RigKey, string State, string Acceptance, int TelemetryPoints, int Gaps, IReadOnlyList<string> FailedChecks);

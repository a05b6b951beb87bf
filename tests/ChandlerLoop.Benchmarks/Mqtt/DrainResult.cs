namespace ChandlerLoop.Benchmarks.Mqtt;

/// <summary>One drain run: received messages per second, messages not received, client CPU time per message (µs).</summary>
internal readonly record struct DrainResult(double MessagesPerSecond, int Lost, double CpuMicrosecondsPerMessage);

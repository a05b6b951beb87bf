using ChandlerLoop.Control.Temperature;

namespace ChandlerLoop.ControlScenarios;

/// <summary>An autotune run on the plant: the finished tuner (state, reason, result) and the
/// highest true bath temperature it caused, °C.</summary>
public sealed record AutotuneOutcome(RelayAutotuner Tuner, double MaxBathCelsius, double SimulatedSeconds)
{
    public AutotuneResult Result => Tuner.Result;

    public bool Completed => Tuner.State == AutotuneState.Completed;
}

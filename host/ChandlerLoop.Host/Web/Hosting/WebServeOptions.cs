using ChandlerLoop.Host.Services.Review;

namespace ChandlerLoop.Host.Web.Hosting;

/// <summary>What <c>chandler serve</c> starts: where it listens and the simulated rigs it runs.</summary>
internal sealed record WebServeOptions
{
    /// <summary>Default address: loopback only, so nothing is reachable from the network unless asked for.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Listen address(es), semicolon separated; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrl;

    /// <summary>Virtual rigs on the in-process broker (0–6).</summary>
    public int SimulatedRigs { get; init; } = 2;

    /// <summary>Time acceleration of the simulated rigs, 1–600.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>
    /// Longest wall-clock wait with simulated time paused while a virtual rig has a sample due and no
    /// acknowledgement came (only when <see cref="Speed"/> &gt; 1: an operator cannot keep up with
    /// accelerated time). Zero never pauses.
    /// </summary>
    public TimeSpan SampleAcknowledgeWait { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Bath temperature the virtual rigs start at, °C (a bath switched on before the blood draw).</summary>
    public double InitialBathCelsius { get; init; } = 36.9;

    /// <summary>The lab's signing rules (default: four eyes, the approver is not the only reviewer).</summary>
    public SignaturePolicy Signatures { get; init; } = SignaturePolicy.Default;

    /// <summary>Data folder (database, clot photos).</summary>
    public string DataFolder { get; init; } = "";

    /// <summary>True for tests: skip the console banner.</summary>
    public bool Quiet { get; init; }
}

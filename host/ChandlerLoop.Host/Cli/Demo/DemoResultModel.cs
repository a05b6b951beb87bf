using ChandlerLoop.Data.Entities;

namespace ChandlerLoop.Host.Cli.Demo;

/// <summary>
/// Example (SIMULATED) marker values for the demo, computed from each loop's cell dose and
/// tissue-factor-positive fraction. Not a validated model; it only gives the qualitative picture the
/// literature describes (instant blood-mediated inflammatory reaction, IBMIR: TF-rich cells at higher
/// dose consume more platelets and raise TAT and complement; Moll et al., Stem Cells 2012 / Front
/// Immunol 2019). Activation a(t) = 1 − exp(−k · dose/10⁴ · TF% /100 · t/30 min), k = 1.5;
/// the negative control drifts slightly (blood in tubing): 4 % platelet loss per 15 min, TAT ×1.5 at 30 min.
/// </summary>
internal static class DemoResultModel
{
    private const double ActivationRate = 1.5;

    /// <summary>Activation 0..1 of a loop after <paramref name="minutes"/> of exposure.</summary>
    public static double Activation(Loop loop, double minutes)
    {
        if (loop.Role == LoopRole.NegativeControl || minutes <= 0)
        {
            return 0;
        }

        var tf = (loop.TissueFactorPositivePercent ?? 0) / 100.0;
        return 1 - Math.Exp(-ActivationRate * (loop.DoseCellsPerMilliliter / 1e4) * tf * (minutes / 30.0));
    }

    /// <summary>Values (analyte code, value in its canonical unit) for a sample at <paramref name="minutes"/>.</summary>
    public static IReadOnlyList<(string Analyte, double Value)> Values(Loop loop, double minutes, double baselinePlatelets)
    {
        var a = Activation(loop, minutes);
        var drift = minutes / 30.0;
        var consumed = Math.Min(0.95, (0.04 * minutes / 15.0) + ((0.9 - (0.04 * minutes / 15.0)) * a));
        return
        [
            ("PLT", Math.Round(baselinePlatelets * (1 - consumed), 0)),
            ("TAT", Math.Round(3.0 * (1 + (0.5 * drift)) + (400 * a), 1)),
            ("C3a", Math.Round(120 * (1 + (0.4 * drift)) + (900 * a), 0)),
            ("sC5b-9", Math.Round(250 * (1 + (0.5 * drift)) + (1500 * a), 0)),
            ("D-dimer", Math.Round(300 * (1 + (0.1 * drift)) + (1200 * a), 0)),
        ];
    }

    /// <summary>Macroscopic clot score 0–4 at the end of the exposure.</summary>
    public static int ClotScore(Loop loop, double minutes) => (int)Math.Round(4 * Activation(loop, minutes), MidpointRounding.AwayFromZero);

    /// <summary>Wet clot weight in mg (0 without a clot).</summary>
    public static double WetWeightMilligrams(Loop loop, double minutes) => Math.Round(250 * Activation(loop, minutes), 1);
}

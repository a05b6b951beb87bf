namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// Platinum RTD resistance–temperature relation of IEC 60751 (Callendar–Van Dusen):
/// R(t) = R0·(1 + A·t + B·t²) for t ≥ 0 °C and R0·(1 + A·t + B·t² + C·(t − 100)·t³) below 0 °C, with
/// A = 3.9083e-3 /°C, B = −5.775e-7 /°C², C = −4.183e-12 /°C⁴.
/// </summary>
internal static class Pt100
{
    public const double CoefficientA = 3.9083e-3;
    public const double CoefficientB = -5.775e-7;
    public const double CoefficientC = -4.183e-12;

    /// <summary>Resistance in Ω of an RTD with resistance <paramref name="nominalOhms"/> at 0 °C.</summary>
    public static double ResistanceOhms(double temperatureCelsius, double nominalOhms)
    {
        double t = temperatureCelsius;
        double ratio = 1.0 + (CoefficientA * t) + (CoefficientB * t * t);
        if (t < 0.0)
        {
            ratio += CoefficientC * (t - 100.0) * t * t * t;
        }

        return nominalOhms * ratio;
    }

    /// <summary>Temperature in °C for a measured resistance (inverse of <see cref="ResistanceOhms"/>).</summary>
    public static double TemperatureCelsius(double resistanceOhms, double nominalOhms)
    {
        double ratio = resistanceOhms / nominalOhms;
        double discriminant = (CoefficientA * CoefficientA) - (4.0 * CoefficientB * (1.0 - ratio));
        if (discriminant < 0.0)
        {
            // Beyond the vertex of the quadratic (far above any real RTD range): report the vertex.
            return -CoefficientA / (2.0 * CoefficientB);
        }

        double t = (-CoefficientA + Math.Sqrt(discriminant)) / (2.0 * CoefficientB);
        if (ratio >= 1.0)
        {
            return t;
        }

        // Below 0 °C the C term applies: refine the quadratic estimate with Newton's method.
        for (int i = 0; i < 8; i++)
        {
            double f = ResistanceOhms(t, nominalOhms) - resistanceOhms;
            double derivative = nominalOhms * (CoefficientA + (2.0 * CoefficientB * t)
                + (CoefficientC * ((4.0 * t * t * t) - (300.0 * t * t))));
            t -= f / derivative;
        }

        return t;
    }
}

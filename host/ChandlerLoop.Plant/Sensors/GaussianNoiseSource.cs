namespace ChandlerLoop.Plant.Sensors;

/// <summary>
/// Deterministic standard-normal random numbers (Box–Muller transform over <see cref="Random"/>), one
/// instance per sensor so that reading one sensor never changes the noise sequence of the other.
/// </summary>
internal sealed class GaussianNoiseSource
{
    private readonly Random random;
    private bool hasSpare;
    private double spare;

    public GaussianNoiseSource(int seed)
    {
        random = new Random(seed);
    }

    /// <summary>Returns the next sample of a normal distribution with mean 0 and standard deviation 1.</summary>
    public double NextStandardNormal()
    {
        if (hasSpare)
        {
            hasSpare = false;
            return spare;
        }

        // 1 - NextDouble() lies in (0, 1], so the logarithm is finite.
        double uniform1 = 1.0 - random.NextDouble();
        double uniform2 = random.NextDouble();
        double radius = Math.Sqrt(-2.0 * Math.Log(uniform1));
        double angle = 2.0 * Math.PI * uniform2;
        spare = radius * Math.Sin(angle);
        hasSpare = true;
        return radius * Math.Cos(angle);
    }
}

namespace ChandlerLoop.Plant;

/// <content>Loop parameters: tubing geometry and material, blood properties, loop-to-bath coupling.</content>
public sealed partial record PlantParameters
{
    /// <summary>
    /// Inner diameter of the loop tubing, in mm. Default 6.3 mm (Uppsala/Moll heparin-coated PVC loops,
    /// DOMAIN.md §2). Together with <see cref="LoopLengthMetres"/> gives 12.2 mL internal volume.
    /// </summary>
    public double TubingInnerDiameterMillimetres { get; init; } = 6.3;

    /// <summary>
    /// Outer diameter of the loop tubing, in mm. Default 9.5 mm: the common 1/4 in × 3/8 in (1.6 mm wall)
    /// medical PVC size that matches a 6.3 mm bore.
    /// </summary>
    public double TubingOuterDiameterMillimetres { get; init; } = 9.5;

    /// <summary>Length of one closed loop, in m. Default 0.39 m (DOMAIN.md §2).</summary>
    public double LoopLengthMetres { get; init; } = 0.39;

    /// <summary>
    /// Density of the tubing material, in kg/m³. Default 1250 kg/m³: flexible (plasticised) PVC compounds
    /// are 1100–1450 kg/m³ depending on plasticiser and filler (Braskem PVC technical bulletin 03); medical
    /// tubing grades sit near 1200–1300. Default tubing mass: 15.5 cm³ of wall → 19.4 g per loop.
    /// </summary>
    public double TubingDensityKilogramsPerCubicMetre { get; init; } = 1250.0;

    /// <summary>
    /// Specific heat of the tubing material, in J/(kg·K). Default 1400 J/(kg·K), the value listed for
    /// plasticised PVC (PVC-P) by MakeItFrom.com; rigid PVC is ≈990 J/(kg·K) at 37 °C (Alford and Dole 1955,
    /// via the NIST Chemistry WebBook) and plasticiser raises it. Default tubing heat capacity ≈ 27 J/K per loop.
    /// </summary>
    public double TubingSpecificHeatJoulesPerKilogramKelvin { get; init; } = 1400.0;

    /// <summary>
    /// Density of whole blood, in kg/m³. Default 1060 kg/m³ (normal haematocrit; textbook 1050–1060).
    /// </summary>
    public double BloodDensityKilogramsPerCubicMetre { get; init; } = 1060.0;

    /// <summary>
    /// Specific heat of whole blood, in J/(kg·K). Default 3600 J/(kg·K) (IT'IS Foundation tissue database:
    /// 3617 J/(kg·K)). 7 mL of blood is then 7.42 g and 26.7 J/K.
    /// </summary>
    public double BloodSpecificHeatJoulesPerKilogramKelvin { get; init; } = 3600.0;

    /// <summary>
    /// Time constant of the loops (blood plus tubing) equilibrating with the bath, in s. Default 60 s:
    /// the 1.6 mm PVC wall (k ≈ 0.17 W/(m·K)) over the ≈0.0097 m² mean wall area of a 39 cm loop conducts
    /// about 1 W/K, against ≈54 J/K of loop heat capacity: τ ≈ 54 s, rounded up for the air-filled half of
    /// the bore. The same time constant applies however many loops are loaded (each loop has its own wall).
    /// </summary>
    public double LoopToBathTimeConstantSeconds { get; init; } = 60.0;

    /// <summary>Internal volume of one loop, in mL: π·(ID/2)²·L. Default 12.16 mL.</summary>
    public double LoopInternalVolumeMillilitres =>
        Math.PI * Square(TubingInnerDiameterMillimetres / 2.0) * (LoopLengthMetres * 1000.0) / 1000.0;

    /// <summary>
    /// Heat capacity of the tubing of one loop, in J/K: wall volume π/4·(OD² − ID²)·L × density × specific
    /// heat. Default ≈ 27.1 J/K.
    /// </summary>
    public double TubingHeatCapacityPerLoopJoulesPerKelvin =>
        Math.PI / 4.0
        * (Square(TubingOuterDiameterMillimetres / 1000.0) - Square(TubingInnerDiameterMillimetres / 1000.0))
        * LoopLengthMetres
        * TubingDensityKilogramsPerCubicMetre
        * TubingSpecificHeatJoulesPerKilogramKelvin;

    private static double Square(double value) => value * value;

    private void ValidateLoops()
    {
        RequirePositive(TubingInnerDiameterMillimetres, nameof(TubingInnerDiameterMillimetres));
        RequirePositive(TubingOuterDiameterMillimetres, nameof(TubingOuterDiameterMillimetres));
        if (TubingOuterDiameterMillimetres <= TubingInnerDiameterMillimetres)
        {
            throw Invalid(nameof(TubingOuterDiameterMillimetres), TubingOuterDiameterMillimetres,
                "must be larger than TubingInnerDiameterMillimetres");
        }

        RequirePositive(LoopLengthMetres, nameof(LoopLengthMetres));
        RequirePositive(TubingDensityKilogramsPerCubicMetre, nameof(TubingDensityKilogramsPerCubicMetre));
        RequirePositive(TubingSpecificHeatJoulesPerKilogramKelvin, nameof(TubingSpecificHeatJoulesPerKilogramKelvin));
        RequirePositive(BloodDensityKilogramsPerCubicMetre, nameof(BloodDensityKilogramsPerCubicMetre));
        RequirePositive(BloodSpecificHeatJoulesPerKilogramKelvin, nameof(BloodSpecificHeatJoulesPerKilogramKelvin));
        RequirePositive(LoopToBathTimeConstantSeconds, nameof(LoopToBathTimeConstantSeconds));
    }
}

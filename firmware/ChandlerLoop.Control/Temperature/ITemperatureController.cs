namespace ChandlerLoop.Control.Temperature
{
    /// <summary>
    /// One temperature-control algorithm: given the time since its previous update, the
    /// measured temperature and the target, it returns the heater duty to apply.
    /// Implementations are swappable at run time (PID, bang-bang, relay autotune); safety is
    /// not their job (see Safety.SafetySupervisor), they only decide the duty.
    /// </summary>
    public interface ITemperatureController
    {
        /// <summary>Advances the controller by <paramref name="elapsedSeconds"/> (the real time
        /// since the previous call, which may be irregular) and returns the heater duty in
        /// [0, max duty].</summary>
        double Update(double elapsedSeconds, double measuredCelsius, double targetCelsius);

        /// <summary>Prepares the controller to take over from another one without a bump:
        /// it starts from <paramref name="currentDuty"/> at <paramref name="measuredCelsius"/>.</summary>
        void Reset(double measuredCelsius, double targetCelsius, double currentDuty);
    }
}

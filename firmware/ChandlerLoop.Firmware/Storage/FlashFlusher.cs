using System.Threading;

namespace ChandlerLoop.Firmware.Storage
{
    /// <summary>The storage thread: copies new telemetry from RAM to the flash log every 10 s
    /// (at most 10 records lost from flash by a power cut; the RAM ring itself is lost too, but
    /// the run's record up to the previous flush survives).</summary>
    public sealed class FlashFlusher
    {
        /// <summary>Flush interval, ms.</summary>
        public const int IntervalMilliseconds = 10000;

        private readonly TelemetryStore _store;

        /// <summary>Flushes <paramref name="store"/>.</summary>
        public FlashFlusher(TelemetryStore store)
        {
            _store = store;
        }

        /// <summary>Starts the thread.</summary>
        public void Start()
        {
            Thread thread = new Thread(Run);
            thread.Priority = ThreadPriority.BelowNormal;
            thread.Start();
        }

        private void Run()
        {
            while (true)
            {
                Thread.Sleep(IntervalMilliseconds);
                _store.FlushToFlash();
            }
        }
    }
}

using System;

namespace ChandlerLoop.Firmware.Control
{
    /// <summary>
    /// The one monotonic clock of the firmware: seconds since boot from
    /// <see cref="Environment.TickCount64"/> (milliseconds, never set by NTP or the RTC). Every
    /// time the control core sees comes from here.
    /// </summary>
    public static class RigClock
    {
        /// <summary>Seconds since boot.</summary>
        public static double NowSeconds
        {
            get { return Environment.TickCount64 / 1000.0; }
        }
    }
}

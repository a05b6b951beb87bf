namespace ChandlerLoop.Control.Device
{
    /// <summary>Wi-Fi network of the rig (<c>wifi</c> in the settings file).</summary>
    public sealed class WifiSettings
    {
        /// <summary>Network name, 1–32 bytes (IEEE 802.11 SSID limit).</summary>
        public string Ssid { get; set; }

        /// <summary>WPA2 passphrase, 8–63 characters (IEEE 802.11i), or empty for an open network.</summary>
        public string Password { get; set; }
    }
}
